package dev.planned.processor.codegen;

import dev.planned.processor.model.EndpointModel;
import dev.planned.processor.model.Parameter;
import dev.planned.processor.model.PlanModel;
import dev.planned.processor.model.Result;
import dev.planned.processor.model.Shape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * One endpoint as an OpenAPI operation: what the dispatcher binds, and every answer it can give. A
 * planned endpoint declares only its path's parameters and its 501: it is answered before anything
 * else is bound.
 */
final class OpenApiOperation {
  private final EndpointModel endpoint;
  private final DocComments docComments;
  private final OpenApiSchemas schemas;

  OpenApiOperation(EndpointModel endpoint, DocComments docComments, OpenApiSchemas schemas) {
    this.endpoint = endpoint;
    this.docComments = docComments;
    this.schemas = schemas;
  }

  Map<String, Object> toMap(String operationId) {
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("operationId", operationId);
    Optional<Javadoc> doc = Javadoc.of(docComments.of(endpoint.method()));
    doc.ifPresent(javadoc -> operation.put("summary", javadoc.summary()));
    String description = description(doc.map(Javadoc::rest).orElse(""));
    if (!description.isEmpty()) {
      operation.put("description", description);
    }
    List<Object> parameters = parameters();
    if (!parameters.isEmpty()) {
      operation.put("parameters", parameters);
    }
    if (!endpoint.isPlanned()) {
      requestBody().ifPresent(body -> operation.put("requestBody", body));
    }
    operation.put("responses", responses());
    endpoint.plan().ifPresent(plan -> operation.put("x-planned", xPlanned(plan)));
    return operation;
  }

  /** The Javadoc after its first sentence, and for a planned endpoint, the plan first. */
  private String description(String javadoc) {
    if (endpoint.plan().isEmpty()) {
      return javadoc;
    }
    PlanModel plan = endpoint.plan().get();
    StringBuilder text = new StringBuilder("**Planned**");
    text.append(plan.release().isEmpty() ? "" : " for release " + plan.release())
        .append(": answers 501 Not Implemented until it ships.");
    append(text, plan.message());
    if (!plan.alternative().isEmpty()) {
      append(text, "Meanwhile, use `" + plan.alternative() + "`.");
    }
    if (!plan.link().isEmpty()) {
      append(text, "More: " + plan.link());
    }
    return javadoc.isEmpty() ? text.toString() : text + "\n\n" + javadoc;
  }

  private static void append(StringBuilder text, String sentence) {
    if (!sentence.isEmpty()) {
      text.append(' ').append(sentence);
    }
  }

  /** {@code x-planned}: Planned's answer to OAI/OpenAPI-Specification#608. */
  private static Map<String, Object> xPlanned(PlanModel plan) {
    Map<String, Object> planned = new LinkedHashMap<>();
    putIfNotEmpty(planned, "message", plan.message());
    putIfNotEmpty(planned, "release", plan.release());
    putIfNotEmpty(planned, "link", plan.link());
    putIfNotEmpty(planned, "alternative", plan.alternative());
    return planned;
  }

  private static void putIfNotEmpty(Map<String, Object> map, String key, String value) {
    if (!value.isEmpty()) {
      map.put(key, value);
    }
  }

  private List<Object> parameters() {
    List<Object> parameters = new ArrayList<>();
    List<? extends VariableElement> declared = endpoint.method().getParameters();
    for (int i = 0; i < endpoint.parameters().size(); i++) {
      Parameter parameter = endpoint.parameters().get(i);
      TypeMirror type = declared.get(i).asType();
      if (parameter instanceof Parameter.PathValue path) {
        Map<String, Object> described = parameter(path.javaName(), "path", true, valueSchema(type));
        if (path.rest()) {
          described.put(
              "description", "The rest of the path: one or more segments, slashes" + " included.");
        }
        parameters.add(described);
      } else if (parameter instanceof Parameter.NamedValue named && !endpoint.isPlanned()) {
        parameters.add(
            parameter(
                named.name(),
                named.header() ? "header" : "query",
                named.shape() == Shape.REQUIRED && named.defaultValue().isEmpty(),
                namedSchema(named, type)));
      }
    }
    return parameters;
  }

  private static Map<String, Object> parameter(
      String name, String in, boolean required, Map<String, Object> schema) {
    Map<String, Object> parameter = new LinkedHashMap<>();
    parameter.put("name", name);
    parameter.put("in", in);
    if (required) {
      parameter.put("required", true);
    }
    parameter.put("schema", schema);
    return parameter;
  }

  /** A query or header value's schema: by its shape, with its default. */
  private Map<String, Object> namedSchema(Parameter.NamedValue named, TypeMirror type) {
    switch (named.shape()) {
      case OPTIONAL_INT:
        return OpenApiSchemas.schema("integer", "int32");
      case OPTIONAL_LONG:
        return OpenApiSchemas.schema("integer", "int64");
      case OPTIONAL_DOUBLE:
        return OpenApiSchemas.schema("number", "double");
      case OPTIONAL:
        return valueSchema(typeArgument(type));
      case LIST:
        Map<String, Object> list = OpenApiSchemas.schema("array", null);
        list.put("items", valueSchema(typeArgument(type)));
        return list;
      default:
        Map<String, Object> schema = valueSchema(type);
        named.defaultValue().ifPresent(value -> schema.put("default", defaultOf(value, schema)));
        return schema;
    }
  }

  /** A default as the JSON value of its schema's type; it converted at compile time. */
  private static Object defaultOf(String value, Map<String, Object> schema) {
    Object type = schema.get("type");
    try {
      if ("integer".equals(type)) {
        return new BigDecimal(value.strip()).toBigIntegerExact().longValueExact();
      }
      if ("number".equals(type)) {
        return new BigDecimal(value.strip());
      }
    } catch (NumberFormatException | ArithmeticException e) {
      return value; // a form Java parses and JSON does not write, such as "1e400" for a double
    }
    if ("boolean".equals(type)) {
      return Boolean.valueOf(value.strip());
    }
    return value;
  }

  /**
   * The schema of a path, query or header value, as the dispatcher converts text: numbers and
   * booleans by Java's parsers, enums by constant name, {@code java.time} types by their {@code
   * parse}; any other type (one with a {@code valueOf(String)}, say) is a string.
   */
  private Map<String, Object> valueSchema(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return schemas.of(type, endpoint.method());
    }
    if (!(type instanceof DeclaredType declared)) {
      return OpenApiSchemas.schema("string", null);
    }
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      List<Object> constants = new ArrayList<>();
      for (Element constant : element.getEnclosedElements()) {
        if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(constant.getSimpleName().toString());
        }
      }
      Map<String, Object> schema = OpenApiSchemas.schema("string", null);
      schema.put("enum", constants);
      return schema;
    }
    switch (element.getQualifiedName().toString()) {
      case "java.lang.Boolean":
      case "java.lang.Byte":
      case "java.lang.Short":
      case "java.lang.Integer":
      case "java.lang.Long":
      case "java.lang.Float":
      case "java.lang.Double":
      case "java.lang.Character":
      case "java.math.BigDecimal":
      case "java.math.BigInteger":
      case "java.util.UUID":
      case "java.time.LocalDate":
      case "java.time.OffsetTime":
      case "java.time.Instant":
      case "java.time.OffsetDateTime":
      case "java.time.ZonedDateTime":
        return schemas.of(type, endpoint.method());
      default:
        return OpenApiSchemas.schema("string", null);
    }
  }

  private static TypeMirror typeArgument(TypeMirror type) {
    return ((DeclaredType) type).getTypeArguments().get(0);
  }

  private Optional<Map<String, Object>> requestBody() {
    List<? extends VariableElement> declared = endpoint.method().getParameters();
    for (int i = 0; i < endpoint.parameters().size(); i++) {
      if (endpoint.parameters().get(i) instanceof Parameter.BodyValue body) {
        Map<String, Object> requestBody = new LinkedHashMap<>();
        switch (body.kind()) {
          case TEXT:
            requestBody.put(
                "content", content("text/plain", OpenApiSchemas.schema("string", null)));
            break;
          case BYTES:
          case STREAM:
            requestBody.put("content", Map.of("application/octet-stream", Map.of()));
            break;
          default:
            requestBody.put(
                "content",
                content(
                    "application/json", schemas.of(declared.get(i).asType(), endpoint.method())));
            requestBody.put("required", true); // an empty body is a 400
        }
        return Optional.of(requestBody);
      }
    }
    return Optional.empty();
  }

  /** Every answer, by status; {@code default} for a problem the endpoint raises itself. */
  private Map<String, Object> responses() {
    Map<String, Object> responses = new TreeMap<>();
    if (endpoint.isPlanned()) {
      responses.put("501", ProblemResponses.reference(ProblemResponses.NOT_IMPLEMENTED));
      responses.put("default", ProblemResponses.reference(ProblemResponses.OTHER));
      return responses;
    }
    Result result = endpoint.result();
    if (result.reply()) {
      responses.putAll(replyResponses(result));
    } else {
      responses.putAll(resultResponses(result));
    }
    if (result.optional()) {
      responses.put("404", ProblemResponses.reference(ProblemResponses.NOT_FOUND));
    }
    if (canAnswerBadRequest()) {
      responses.put("400", ProblemResponses.reference(ProblemResponses.BAD_REQUEST));
    }
    if (hasBody()) {
      responses.put("413", ProblemResponses.reference(ProblemResponses.CONTENT_TOO_LARGE));
      responses.put("415", ProblemResponses.reference(ProblemResponses.UNSUPPORTED_MEDIA_TYPE));
    }
    responses.putIfAbsent("default", ProblemResponses.reference(ProblemResponses.OTHER));
    return responses;
  }

  /** The answer of a result written as it is returned. */
  private Map<String, Object> resultResponses(Result result) {
    Map<String, Object> responses = new TreeMap<>();
    String status = Integer.toString(result.status());
    switch (result.kind()) {
      case RESPONSE:
        responses.put(
            "default",
            response(
                "The Response the endpoint returns: its own status, headers and body.",
                Map.of("*/*", Map.of())));
        break;
      case TEXT:
        responses.put(
            status,
            response("The text.", content("text/plain", OpenApiSchemas.schema("string", null))));
        break;
      case BYTES:
        responses.put(status, response("The bytes.", Map.of("application/octet-stream", Map.of())));
        break;
      case NO_CONTENT:
        responses.put(status, Map.of("description", "No content."));
        break;
      default:
        responses.put(
            status,
            response(
                "The result, as JSON.",
                content("application/json", schemas.of(resultType(), endpoint.method()))));
        responses.put("406", ProblemResponses.reference(ProblemResponses.NOT_ACCEPTABLE));
    }
    return responses;
  }

  /**
   * A {@code Reply}'s answer: its body under the declared status, or under {@code 2XX} when the
   * Reply chooses; a 201's {@code Location} (RFC 9110 15.3.2). Other headers are the endpoint's to
   * choose at run time, and not described.
   */
  private Map<String, Object> replyResponses(Result result) {
    Map<String, Object> responses = new TreeMap<>();
    String status = result.status() == 0 ? "2XX" : Integer.toString(result.status());
    Map<String, Object> answer =
        switch (result.kind()) {
          case TEXT ->
              response(
                  "The text of the Reply, with its status and headers.",
                  content("text/plain", OpenApiSchemas.schema("string", null)));
          case BYTES ->
              response(
                  "The bytes of the Reply, with its status and headers.",
                  Map.of("application/octet-stream", Map.of()));
          default ->
              response(
                  "The body of the Reply, as JSON, with its status and headers.",
                  content("application/json", schemas.of(resultType(), endpoint.method())));
        };
    if (result.status() == 201) {
      Map<String, Object> location = new LinkedHashMap<>();
      location.put("description", "The URI of the created resource.");
      location.put("schema", OpenApiSchemas.schema("string", "uri-reference"));
      answer.put("headers", Map.of("Location", location));
    }
    responses.put(status, answer);
    if (result.kind() == Result.Kind.JSON) {
      responses.put("406", ProblemResponses.reference(ProblemResponses.NOT_ACCEPTABLE));
    }
    return responses;
  }

  /**
   * What is written: the method's return type, inside any CompletionStage and Optional, and for a
   * Reply, its body.
   */
  private TypeMirror resultType() {
    TypeMirror type = endpoint.method().getReturnType();
    if (endpoint.result().async()) {
      type = typeArgument(type);
    }
    if (endpoint.result().optional()) {
      type = typeArgument(type);
    }
    return endpoint.result().reply() ? typeArgument(type) : type;
  }

  /**
   * Whether binding can answer 400: a path value that converts, a query or header value that is
   * required or converts (any query's percent-encoding may be broken), or a body.
   */
  private boolean canAnswerBadRequest() {
    for (Parameter parameter : endpoint.parameters()) {
      if (parameter instanceof Parameter.PathValue path && !path.conversion().isIdentity()
          || parameter instanceof Parameter.NamedValue named
              && (!named.header()
                  || !named.conversion().isIdentity()
                  || named.shape() == Shape.REQUIRED && named.defaultValue().isEmpty())
          || parameter instanceof Parameter.BodyValue) {
        return true;
      }
    }
    return false;
  }

  private boolean hasBody() {
    return endpoint.parameters().stream().anyMatch(p -> p instanceof Parameter.BodyValue);
  }

  static Map<String, Object> content(String mediaType, Map<String, Object> schema) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put(mediaType, Map.of("schema", schema));
    return content;
  }

  static Map<String, Object> response(String description, Map<String, Object> content) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("description", description);
    response.put("content", content);
    return response;
  }
}
