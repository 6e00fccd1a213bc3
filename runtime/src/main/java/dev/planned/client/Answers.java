package dev.planned.client;

import dev.planned.HttpException;
import dev.planned.NotImplementedException;
import dev.planned.Problem;
import dev.planned.Response;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What an answer that is not a result becomes: the exceptions of the client's mapping. */
final class Answers {
  private Answers() {}

  /**
   * The exception for an answer with an error status: its problem when it sent one ({@code
   * application/problem+json}), else a problem of its status whose detail is a cut excerpt of the
   * body; a 501 becomes a {@link NotImplementedException} carrying the plan.
   */
  static RuntimeException error(HttpResponse<byte[]> answer, String method) {
    int status = answer.statusCode();
    if (status < 400 || status > 599) {
      return new ClientException(
          ClientException.Failure.UNEXPECTED_STATUS,
          method + "() got status " + status + ", which the client does not map",
          null);
    }
    Problem problem =
        problemOf(answer)
            .orElseGet(
                () ->
                    Problem.of(status)
                        .withDetail(
                            Problem.echo(
                                new String(answer.body(), StandardCharsets.UTF_8).strip())));
    return status == 501 ? new NotImplementedException(problem) : new HttpException(problem);
  }

  private static Optional<Problem> problemOf(HttpResponse<byte[]> answer) {
    boolean isProblem =
        answer
            .headers()
            .firstValue("Content-Type")
            .map(type -> type.toLowerCase(Locale.ROOT).startsWith("application/problem+json"))
            .orElse(false);
    if (!isProblem) {
      return Optional.empty();
    }
    Optional<Map<String, String>> members = ProblemJson.members(answer.body());
    if (members.isEmpty()) {
      return Optional.empty(); // announced, but not a JSON object: read as any other body
    }
    Problem problem = Problem.of(answer.statusCode());
    for (Map.Entry<String, String> member : members.get().entrySet()) {
      String value = member.getValue();
      problem =
          switch (member.getKey()) {
            case "type" -> problem.withType(value);
            case "title" -> problem.withTitle(value);
            case "detail" -> problem.withDetail(value);
            case "instance" -> problem.withInstance(value);
            case "status" ->
                problem; // the answer's status is the one that counts (RFC 9457, 3.1.2)
            default -> problem.with(member.getKey(), value);
          };
    }
    return Optional.of(problem);
  }

  /** The answer as a {@link Response}: status, headers (bar the framing's), body. */
  static Response toResponse(HttpResponse<byte[]> answer) {
    Response response = Response.status(answer.statusCode());
    for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
      String name = header.getKey();
      if (name.startsWith(":")
          || name.equalsIgnoreCase("Content-Length")
          || name.equalsIgnoreCase("Content-Type")) {
        continue; // HTTP/2 pseudo-headers; the length is the body's; the type comes with it
      }
      for (String value : header.getValue()) {
        response = response.withHeader(name, value);
      }
    }
    byte[] body = answer.body();
    Optional<String> type = answer.headers().firstValue("Content-Type");
    if (type.isPresent() || body.length > 0) {
      response = response.withBody(body, type.orElse("application/octet-stream"));
    }
    return response;
  }
}
