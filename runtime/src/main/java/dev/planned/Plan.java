package dev.planned;

import java.util.Objects;

/**
 * What a {@link Planned} endpoint tells its clients. Absent values are empty strings, never null.
 *
 * @param message what the client is told
 * @param release the release expected to ship the endpoint
 * @param link where to read more
 * @param alternative the full pattern of an endpoint to use meanwhile, e.g. {@code "PUT
 *     /v1/books/{isbn}"}
 */
public record Plan(String message, String release, String link, String alternative) {
  public Plan {
    message = Objects.requireNonNullElse(message, "");
    release = Objects.requireNonNullElse(release, "");
    link = Objects.requireNonNullElse(link, "");
    alternative = Objects.requireNonNullElse(alternative, "");
  }
}
