package dev.planned;

import dev.planned.internal.PercentDecoding;
import dev.planned.internal.RawPath;
import dev.planned.internal.RouteTable;
import dev.planned.internal.Routes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fixed documents served with {@code GET} at exact paths, next to generated APIs: an OpenAPI
 * document, a documentation page and its scripts. Serve it like any dispatcher, e.g. {@code
 * Router.of(new Library(), FixedResources.builder().add("/notes.txt", "text/plain; charset=utf-8",
 * bytes).build())}; the router gives it the same semantics as an endpoint (HEAD, OPTIONS, 405 with
 * {@code Allow}, 404).
 *
 * <p>Only the paths added are served, compared segment by segment after percent-decoding: no
 * request can reach anything else, whatever dot segments or encodings it uses. Each answer has a
 * strong {@code ETag} (from a SHA-256 of the body) and {@code Cache-Control: no-cache}, so that a
 * client revalidates and a {@code GET} whose {@code If-None-Match} matches gets {@code 304 Not
 * Modified} without the body (RFC 9110, sections 13.1.2 and 15.4.5); and {@code
 * X-Content-Type-Options: nosniff}, so that a browser keeps to the declared type.
 */
public final class FixedResources extends ApiDispatcher {
  /** The name of the "method" a fixed resource's {@link Route} names, for route tables. */
  private static final String HANDLER = "fixed resource";

  private final Table table;

  private FixedResources(Table table) {
    super(table);
    this.table = table;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<Route> routes() {
    return table.routes;
  }

  /** Finds a resource by its exact path; only ever GET. */
  private static final class Table implements RouteTable<FixedResources> {
    final List<Route> routes;
    final List<Resource> resources;

    /** Route index by path, as added: the decoded path. */
    final Map<String, Integer> indexByPath;

    Table(List<Resource> resources) {
      this.resources = List.copyOf(resources);
      List<Route> allRoutes = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      for (Resource resource : this.resources) {
        index.put(resource.path, allRoutes.size());
        allRoutes.add(Routes.implemented("GET", resource.path, HANDLER));
      }
      this.routes = List.copyOf(allRoutes);
      this.indexByPath = Map.copyOf(index);
    }

    @Override
    public int find(String method, String path) {
      if (!method.equals("GET")) {
        return NO_ROUTE;
      }
      // a path without escapes is looked up as it is; one with escapes is decoded segment by
      // segment, so that an encoded %2F never splits a segment, and no added path has one
      String decoded = path.indexOf('%') < 0 ? path : decodedIfNoSlash(path);
      Integer index = decoded == null ? null : indexByPath.get(decoded);
      return index == null ? NO_ROUTE : index;
    }

    /** The decoded path, or null if a segment decodes to text holding '/', which no path has. */
    private static String decodedIfNoSlash(String rawPath) {
      StringBuilder decoded = new StringBuilder(rawPath.length());
      int slash = 0;
      while (slash < rawPath.length()) {
        int end = RawPath.segmentEnd(rawPath, slash);
        String segment = PercentDecoding.segment(rawPath, slash + 1, end);
        if (segment == null || segment.indexOf('/') >= 0) {
          return null;
        }
        decoded.append('/').append(segment);
        slash = end;
      }
      return decoded.toString();
    }

    @Override
    public Response invoke(FixedResources api, int route, Request request) {
      return resources.get(route).answer(request);
    }
  }

  @Override
  public String toString() {
    return "FixedResources" + table.routes;
  }

  /** Collects the resources; {@link #build} checks nothing more. */
  public static final class Builder {
    private final List<Resource> resources = new ArrayList<>();

    private Builder() {}

    /**
     * Serves {@code body} at {@code path} with this {@code Content-Type}.
     *
     * @param path an absolute path of literal segments, as a client sends it decoded: {@code /} or
     *     {@code /docs/index.css}; no empty, {@code .} or {@code ..} segment, no {@code {wildcard}}
     * @throws IllegalArgumentException for such a path, one already added, or a content type that
     *     is not a valid header value
     */
    public Builder add(String path, String contentType, byte[] body) {
      checkPath(path);
      for (Resource resource : resources) {
        if (resource.path.equals(path)) {
          throw new IllegalArgumentException("The path " + path + " is added twice");
        }
      }
      resources.add(new Resource(path, contentType, body));
      return this;
    }

    /**
     * Serves this text, encoded as UTF-8, at {@code path}: see {@link #add(String, String,
     * byte[])}.
     */
    public Builder add(String path, String contentType, String text) {
      return add(path, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalStateException if nothing was added: a router needs at least one route
     */
    public FixedResources build() {
      if (resources.isEmpty()) {
        throw new IllegalStateException("No resource was added");
      }
      return new FixedResources(new Table(resources));
    }

    private static void checkPath(String path) {
      Objects.requireNonNull(path, "path");
      if (path.equals("/")) {
        return;
      }
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("The path \"" + path + "\" must start with /");
      }
      for (String segment : path.substring(1).split("/", -1)) {
        if (segment.isEmpty()
            || segment.equals(".")
            || segment.equals("..")
            || segment.contains("{")
            || segment.contains("}")) {
          throw new IllegalArgumentException(
              "The path \""
                  + path
                  + "\" must be made of literal"
                  + " segments: none empty, none . or .., no {wildcard}");
        }
      }
    }
  }

  /** One resource and its two answers, built once. */
  private static final class Resource {
    final String path;
    final String etag;
    final Response ok;
    final Response notModified;

    Resource(String path, String contentType, byte[] body) {
      Objects.requireNonNull(body, "body");
      this.path = path;
      this.etag = "\"" + digest(body) + "\"";
      // a 304 carries the validator and the caching fields a 200 would (RFC 9110, 15.4.5)
      this.notModified =
          Response.status(304)
              .withHeaderSet("ETag", etag)
              .withHeaderSet("Cache-Control", "no-cache");
      this.ok =
          Response.of(200, contentType, body)
              .withHeaderSet("ETag", etag)
              .withHeaderSet("Cache-Control", "no-cache")
              .withHeaderSet("X-Content-Type-Options", "nosniff");
    }

    Response answer(Request request) {
      return matchesAny(request.headers("If-None-Match")) ? notModified : ok;
    }

    /**
     * Whether an {@code If-None-Match} field names this resource's tag or is {@code *}; compared
     * weakly (a {@code W/} prefix ignored), as RFC 9110, section 13.1.2 says for this field.
     */
    private boolean matchesAny(List<String> fieldLines) {
      for (String line : fieldLines) {
        for (String tag : line.split(",", -1)) {
          String candidate = tag.strip();
          if (candidate.startsWith("W/")) {
            candidate = candidate.substring(2);
          }
          if (candidate.equals("*") || candidate.equals(etag)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The first 16 bytes of the body's SHA-256, in unpadded base64url: ETag-safe characters. */
    private static String digest(byte[] body) {
      try {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Every Java platform has SHA-256", e);
      }
    }
  }
}
