/** The JSON codec of Planned on Jackson, found by the runtime through {@code ServiceLoader}. */
module dev.planned.jackson {
  requires transitive dev.planned;
  // transitive: JacksonJsonCodec takes an ObjectMapper
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports dev.planned.jackson;

  provides dev.planned.JsonCodec with
      dev.planned.jackson.JacksonJsonCodec;
}
