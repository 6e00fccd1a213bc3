package dev.planned.processor.codegen;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The problem answers every document shares, as {@code components.responses}: each operation refers
 * to those its binding can give, so a reader finds the one explanation of each.
 */
final class ProblemResponses {
  static final String BAD_REQUEST = "BadRequest";
  static final String NOT_FOUND = "NotFound";
  static final String NOT_ACCEPTABLE = "NotAcceptable";
  static final String CONTENT_TOO_LARGE = "ContentTooLarge";
  static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
  static final String NOT_IMPLEMENTED = "NotImplemented";
  static final String OTHER = "Problem";

  private ProblemResponses() {}

  /** Every shared response, by name. */
  static Map<String, Object> all() {
    Map<String, Object> responses = new TreeMap<>();
    responses.put(
        BAD_REQUEST,
        problem(
            "400: a parameter is missing or malformed, or the body is not what the endpoint reads"
                + " (empty, malformed JSON, JSON of the wrong shape)."));
    responses.put(
        NOT_FOUND,
        problem("404: the endpoint found nothing (it returned an empty" + " Optional)."));
    responses.put(
        NOT_ACCEPTABLE,
        problem(
            "406: the Accept header excludes application/json,"
                + " checked before anything runs."));
    responses.put(
        CONTENT_TOO_LARGE,
        problem("413: the body is larger than the server's limit" + " (1 MiB by default)."));
    responses.put(
        UNSUPPORTED_MEDIA_TYPE,
        problem(
            "415: a JSON body whose Content-Type is not"
                + " JSON, or a body with a content coding other than identity."));
    responses.put(
        NOT_IMPLEMENTED,
        problem(
            "501: planned, not implemented yet. The problem's"
                + " members say the plan, as the operation's x-planned does."));
    responses.put(
        OTHER,
        problem(
            "Any other problem: one the endpoint raises (an HttpException); one the server answers"
                + " before the endpoint is reached, for a request it cannot read (400, 413, 415,"
                + " 501); or a 500 that reveals nothing."));
    return responses;
  }

  static Map<String, Object> reference(String name) {
    Map<String, Object> reference = new LinkedHashMap<>();
    reference.put("$ref", "#/components/responses/" + name);
    return reference;
  }

  private static Map<String, Object> problem(String description) {
    return OpenApiOperation.response(
        description,
        OpenApiOperation.content("application/problem+json", OpenApiSchemas.problemReference()));
  }
}
