package dev.planned.processor.report;

/**
 * A message with its arguments, not yet placed on an element: what a check that sees only text (a
 * pattern, a base path) answers, for its caller to put on the element the text came from.
 */
public record Problem(Message message, Object... arguments) {}
