package dev.planned;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an endpoint parameter to a query parameter, decoded as a form field ({@code +} is a space).
 * Required unless the parameter is an {@code Optional}, a {@code List} (every value, possibly none)
 * or has a {@link #defaultValue()}; a missing or unconvertible value answers 400.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Query {
  /** The query parameter's name; the Java parameter's name when empty. */
  String value() default "";

  /**
   * The value used when the parameter is absent, converted like a sent value; the processor checks
   * at compile time that it converts. {@link #NONE} (the default) means there is none.
   */
  String defaultValue() default NONE;

  /** Marks "no default": a string no client would send as a value. */
  String NONE = "\u0000planned:none";
}
