package dev.planned.processor.codegen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema of every problem answer Planned sends ({@code dev.planned.Problem}): RFC 9457's
 * members, and the extension members of a planned endpoint's 501. An endpoint's own {@code
 * Problem.with(name, value)} adds string members, hence the string additional properties.
 */
final class ProblemSchema {
  static final Map<String, Object> SCHEMA = schema();

  private ProblemSchema() {}

  private static Map<String, Object> schema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(
        "type",
        described(
            OpenApiSchemas.schema("string", "uri-reference"),
            "A URI reference naming the problem type; about:blank, whose title is the status's"
                + " reason phrase."));
    properties.put(
        "title",
        described(OpenApiSchemas.schema("string", null), "A short summary of the problem type."));
    Map<String, Object> status = OpenApiSchemas.schema("integer", "int32");
    status.put("minimum", 100);
    status.put("maximum", 599);
    properties.put("status", described(status, "The HTTP status of this answer."));
    properties.put(
        "detail",
        described(
            OpenApiSchemas.schema("string", null),
            "What went wrong with this request. A value it repeats of the request is cut to 100"
                + " characters, followed by \u2026 when it was longer."));
    properties.put(
        "instance",
        described(
            OpenApiSchemas.schema("string", "uri-reference"),
            "The request path, left out when longer than 100 characters."));
    properties.put(
        "method",
        described(
            OpenApiSchemas.schema("string", null),
            "A planned endpoint's 501: the request method."));
    properties.put(
        "route",
        described(
            OpenApiSchemas.schema("string", null),
            "A planned endpoint's 501: its full pattern, such as PATCH /v1/books/{isbn}."));
    properties.put(
        "release",
        described(
            OpenApiSchemas.schema("string", null),
            "A planned endpoint's 501: the release that is to ship it."));
    properties.put(
        "link",
        described(
            OpenApiSchemas.schema("string", null),
            "A planned endpoint's 501: where to read about the plan."));
    properties.put(
        "alternative",
        described(
            OpenApiSchemas.schema("string", null),
            "A planned endpoint's 501: the full pattern of an endpoint to use meanwhile."));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put(
        "description",
        "Problem details (RFC 9457), sent as application/problem+json."
            + " Empty members are left out.");
    schema.put("properties", properties);
    schema.put("required", List.of("type", "status"));
    schema.put("additionalProperties", OpenApiSchemas.schema("string", null));
    return schema;
  }

  private static Map<String, Object> described(Map<String, Object> schema, String description) {
    schema.put("description", description);
    return schema;
  }
}
