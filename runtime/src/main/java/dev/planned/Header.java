package dev.planned;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an endpoint parameter to a request header (names are case-insensitive). Required unless the
 * parameter is an {@code Optional} or has a {@link #defaultValue()}; a missing or unconvertible
 * value answers 400. A {@code List} takes every value of a repeated header.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Header {
  /**
   * The header's name, e.g. {@code "X-Request-Id"}; the Java parameter's name when empty, which
   * only suits single-word headers such as {@code accept}.
   */
  String value() default "";

  /** As {@link Query#defaultValue()}. */
  String defaultValue() default Query.NONE;
}
