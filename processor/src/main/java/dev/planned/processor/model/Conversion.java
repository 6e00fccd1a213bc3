package dev.planned.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * How a sent string becomes a parameter's value: a method reference the dispatcher passes to {@code
 * Binding.convert}, chosen at compile time.
 *
 * @param type the converted type (boxed for primitives)
 * @param owner the class of the converter
 * @param member the static method, or {@code new} for a constructor
 * @param description the expected type for 400 details, with its article: "an int", "a UUID"
 */
public record Conversion(TypeName type, TypeName owner, String member, String description) {
  /** A String parameter: nothing to convert. */
  public static Conversion identity() {
    return new Conversion(TypeName.get(String.class), TypeName.get(String.class), "", "a string");
  }

  public boolean isIdentity() {
    return member.isEmpty();
  }
}
