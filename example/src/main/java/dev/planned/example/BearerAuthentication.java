package dev.planned.example;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.planned.Attribute;
import dev.planned.Filter;
import dev.planned.Problem;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Route;
import java.security.MessageDigest;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Lets writes through only with {@code Authorization: Bearer <token>} (RFC 6750); reads need none,
 * nor do planned endpoints, which change nothing and whose plans are public (the OpenAPI document
 * has them), so that anyone can learn what is coming. A write without the token gets 401 with a
 * {@code WWW-Authenticate} challenge, and its endpoint is never called. A valid token attaches the
 * caller as the principal, for endpoints that take {@code @Principal String caller}.
 */
final class BearerAuthentication implements Filter {
  static final Attribute<String> CALLER = Attribute.principal(String.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final byte[] expected;

  BearerAuthentication(String token) {
    this.expected = ("Bearer " + token).getBytes(UTF_8);
  }

  @Override
  public CompletionStage<Response> filter(Request request, Next next) {
    if (hasToken(request)) {
      return next.proceed(request.withAttribute(CALLER, "demo"));
    }
    if (READS.contains(request.method()) || request.route().map(Route::isPlanned).orElse(false)) {
      return next.proceed(request);
    }
    return CompletableFuture.completedFuture(
        Problem.of(401)
            .withDetail("Writes need the header Authorization: Bearer <token>.")
            .withRequestPath(request.path())
            .toResponse()
            .withHeaderSet("WWW-Authenticate", "Bearer realm=\"example\""));
  }

  private boolean hasToken(Request request) {
    return request
        .header("Authorization")
        // compared in constant time, so that timing does not reveal how much of a guess was right
        .map(sent -> MessageDigest.isEqual(sent.getBytes(UTF_8), expected))
        .orElse(false);
  }
}
