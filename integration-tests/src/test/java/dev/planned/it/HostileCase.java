package dev.planned.it;

import java.util.EnumMap;
import java.util.Map;

/**
 * One hostile or malformed request of {@link HostileInputTest}, and what each server must make of
 * it, written as an {@link Outcome} sentence such as {@code "400 page closes"}.
 */
final class HostileCase {
  private final String group;
  private final String name;
  private final String request;
  private final Map<Servers, String> expected = new EnumMap<>(Servers.class);

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

  /** The outcome on this server. */
  HostileCase on(Servers server, String outcome) {
    expected.put(server, Outcome.parse(outcome).toString());
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

  @Override
  public String toString() {
    return group + ": " + name;
  }
}
