package dev.planned.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Optional;

/** How the dispatcher supplies one argument of an endpoint method. */
public sealed interface Parameter {
  /** The Java parameter's name. */
  String javaName();

  /**
   * A path wildcard: the decoded segment at {@code index}, or with {@code rest}, the segments from
   * there on, converted.
   */
  record PathValue(
      String javaName, TypeName javaType, int index, boolean rest, Conversion conversion)
      implements Parameter {}

  /** A query parameter ({@code header} false) or a header ({@code header} true). */
  record NamedValue(
      String javaName,
      boolean header,
      String name,
      TypeName javaType,
      Shape shape,
      Conversion conversion,
      Optional<String> defaultValue)
      implements Parameter {}

  /** The body: as sent ({@code TEXT}, {@code BYTES}, {@code STREAM}) or read as JSON. */
  record BodyValue(String javaName, BodyKind kind, TypeName javaType) implements Parameter {}

  /**
   * A value a filter attached under {@code Attribute.of(name, keyType)}; {@code javaType} is the
   * parameter's own type, {@code Optional<keyType>} when {@code optional}.
   */
  record AttributeValue(
      String javaName, String name, TypeName javaType, TypeName keyType, boolean optional)
      implements Parameter {}

  /** The {@code dev.planned.Request} itself. */
  record WholeRequest(String javaName) implements Parameter {}

  enum BodyKind {
    TEXT,
    BYTES,
    STREAM,
    JSON
  }
}
