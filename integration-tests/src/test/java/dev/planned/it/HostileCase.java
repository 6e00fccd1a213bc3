package dev.planned.it;

import java.util.EnumMap;
import java.util.Map;

/**
 * One hostile or malformed request of {@link HostileInputTest}, and what each server must make of
 * it, written as an {@link Outcome} sentence such as {@code "400 page closes"}.
 *
 * <p>An outcome marked pending is what the request must get once the adapter fixes of the
 * {@code framing} branch (issue 9, items 1, 2, 4 and 8) are merged; until then the case is skipped
 * on that server (see {@link HostileRequests#FRAMING_FIX_MERGED}), and its comment says what
 * happens today.
 */
final class HostileCase {
  private final String group;
  private final String name;
  private final String request;
  private final Map<Servers, String> expected = new EnumMap<>(Servers.class);
  private final Map<Servers, Boolean> pending = new EnumMap<>(Servers.class);

  private HostileCase(String group, String name, String request) {
    this.group = group;
    this.name = name;
    this.request = request;
  }

  static HostileCase of(String group, String name, String request) {
    return new HostileCase(group, name, request);
  }

  /** The outcome on every server not named otherwise. */
  HostileCase all(String outcome) {
    for (Servers server : Servers.values()) {
      expected.putIfAbsent(server, Outcome.parse(outcome).toString());
    }
    return this;
  }

  /** The outcome on this server, as it is today. */
  HostileCase on(Servers server, String outcome) {
    expected.put(server, Outcome.parse(outcome).toString());
    pending.put(server, false);
    return this;
  }

  /** The outcome on this server once the framing fixes are merged; skipped until then. */
  HostileCase pending(Servers server, String outcome) {
    expected.put(server, Outcome.parse(outcome).toString());
    pending.put(server, true);
    return this;
  }

  String group() {
    return group;
  }

  String name() {
    return name;
  }

  /** The bytes sent, ISO-8859-1: one char is one byte. */
  String request() {
    return request;
  }

  /** The outcome expected on this server, or null if the table says nothing of it. */
  Outcome expected(Servers server) {
    String outcome = expected.get(server);
    return outcome == null ? null : Outcome.parse(outcome);
  }

  boolean pendingOn(Servers server) {
    return pending.getOrDefault(server, false);
  }

  @Override
  public String toString() {
    return group + ": " + name;
  }
}
