package dev.planned.it;

import dev.planned.Request;

/** Implements {@link ProbeApi}. */
public class Probe extends ProbeApiDispatcher {
  @Override
  public String echo(Request request) {
    return "echo:" + request.bodyText();
  }

  @Override
  public String headers(Request request) {
    return "headers:X-Probe="
        + request.headers("X-Probe")
        + ";Content-Type="
        + request.headers("Content-Type");
  }
}
