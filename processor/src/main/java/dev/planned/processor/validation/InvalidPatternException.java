package dev.planned.processor.validation;

/** A pattern or base path that does not parse; the message says what to write instead. */
public final class InvalidPatternException extends Exception {
  private static final long serialVersionUID = 1L;

  InvalidPatternException(String message) {
    super(message);
  }
}
