package dev.planned;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an HTTP endpoint of an API interface.
 *
 * <p>On a method, the value is a pattern {@code "METHOD /path"}: an upper-case HTTP method token,
 * one space, and a path whose segments are literals, {@code {name}} wildcards that bind the
 * parameter of that name, or a final {@code {name...}} that takes the rest of the path, slashes
 * included. When several patterns match a request the most specific one wins, as in Go 1.22's
 * {@code ServeMux}; two patterns that can match the same request where neither is more specific do
 * not compile.
 *
 * <p>On the interface, the value is an optional literal base path such as {@code "/v1"} that
 * prefixes every endpoint; the processor generates a dispatcher for every interface with at least
 * one annotated method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Endpoint {
  /** The pattern on a method; the base path on an interface. */
  String value() default "";

  /**
   * The success status of a method whose result is written by the dispatcher (text, JSON, or
   * nothing): e.g. {@code 201} for a create. Ignored on the interface, and for a method returning
   * {@link Response}, which carries its own. Defaults to 200, or 204 for {@code void}.
   */
  int status() default 0;
}
