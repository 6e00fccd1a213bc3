package dev.planned.processor.model;

/** How the dispatcher turns what an endpoint method returns into a response. */
public enum Result {
  /** {@code Response}: sent as it is. */
  RESPONSE,
  /** {@code String}: 200, {@code text/plain; charset=utf-8}. */
  TEXT,
  /** {@code void}: 204 No Content. */
  NO_CONTENT
}
