package dev.planned;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * Cross-origin resource sharing (the Fetch standard's CORS protocol) as a server-wide filter:
 *
 * <pre>{@code
 * Router.builder()
 *     .filter(Cors.builder().allowOrigins("https://app.example").allowHeaders("Content-Type")
 *         .allowCredentials(true).maxAge(Duration.ofMinutes(10)).build())
 *     .serve(new Users());
 * }</pre>
 *
 * <p>A preflight ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) is
 * answered by the router as any {@code OPTIONS} is, and this filter adds to that answer: its {@code
 * Access-Control-Allow-Methods} is the path's {@code Allow}, so a method the path does not serve,
 * and a planned method (which answers 501 and is not in {@code Allow}), is never allowed across
 * origins; {@link Builder#allowMethods} can only narrow it. An allowed origin's answers get {@code
 * Access-Control-Allow-Origin}; a refused origin gets no CORS header at all, so the browser keeps
 * the answer from the page. Register it on {@link Router#builder()} (an API's own filters never see
 * {@code OPTIONS}, which no route answers), before any authentication: browsers send preflights
 * without credentials.
 */
public final class Cors implements Filter {
  /** A serialized origin: scheme, host, optional port; nothing a header could be broken with. */
  private static final Pattern ORIGIN =
      Pattern.compile("[a-z][a-z0-9+.-]*://[A-Za-z0-9.\\-\\[\\]:]+");

  private static final int MAX_ORIGIN_LENGTH = 255;

  private final Set<String> origins;
  private final boolean anyOrigin;

  /** Methods the preflight may allow, upper-case as sent; empty for whatever the path allows. */
  private final Set<String> methods;

  private final String allowHeaders;
  private final String exposeHeaders;
  private final boolean credentials;
  private final String maxAge;

  private Cors(Builder builder) {
    this.origins = Set.copyOf(builder.origins);
    this.anyOrigin = builder.anyOrigin;
    this.methods = Set.copyOf(builder.methods);
    this.allowHeaders = String.join(", ", builder.headers);
    this.exposeHeaders = String.join(", ", builder.exposed);
    this.credentials = builder.credentials;
    this.maxAge = builder.maxAge == null ? null : Long.toString(builder.maxAge.toSeconds());
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public CompletionStage<Response> filter(Request request, Next next) {
    Optional<String> origin = request.header("Origin");
    CompletionStage<Response> answer = next.proceed(request);
    if (origin.isEmpty() || !allowed(origin.get())) {
      return variesByOrigin() ? answer.thenApply(Cors::varyByOrigin) : answer;
    }
    if (isPreflight(request)) {
      return answer.thenApply(response -> preflight(response, origin.get()));
    }
    return answer.thenApply(response -> actual(response, origin.get()));
  }

  private static boolean isPreflight(Request request) {
    return request.method().equals("OPTIONS")
        && request.header("Access-Control-Request-Method").isPresent();
  }

  private boolean allowed(String origin) {
    if (origins.contains(origin)) {
      return true;
    }
    return anyOrigin && origin.length() <= MAX_ORIGIN_LENGTH && ORIGIN.matcher(origin).matches();
  }

  /** Whether the answer depends on the origin, which caches must then be told. */
  private boolean variesByOrigin() {
    return !anyOrigin || credentials;
  }

  /**
   * The router's answer to OPTIONS for the path, with what the origin may do. An answer without
   * {@code Allow} (an unknown path's 404, an API's own OPTIONS endpoint) allows nothing.
   */
  private Response preflight(Response response, String origin) {
    Optional<String> allow = response.header("Allow");
    if (response.status() / 100 != 2 || allow.isEmpty()) {
      return variesByOrigin() ? varyByOrigin(response) : response;
    }
    Response preflight =
        withOrigin(response, origin)
            .withHeaderSet("Access-Control-Allow-Methods", allowedMethods(allow.get()));
    if (!allowHeaders.isEmpty()) {
      preflight = preflight.withHeaderSet("Access-Control-Allow-Headers", allowHeaders);
    }
    if (maxAge != null) {
      preflight = preflight.withHeaderSet("Access-Control-Max-Age", maxAge);
    }
    return preflight;
  }

  /** The path's {@code Allow}, narrowed to the configured methods if there are any. */
  private String allowedMethods(String allow) {
    if (methods.isEmpty()) {
      return allow;
    }
    List<String> allowed = new ArrayList<>();
    for (String method : allow.split(",")) {
      if (methods.contains(method.strip())) {
        allowed.add(method.strip());
      }
    }
    return String.join(", ", allowed);
  }

  private Response actual(Response response, String origin) {
    Response actual = withOrigin(response, origin);
    return exposeHeaders.isEmpty()
        ? actual
        : actual.withHeaderSet("Access-Control-Expose-Headers", exposeHeaders);
  }

  private Response withOrigin(Response response, String origin) {
    // with credentials the Fetch standard refuses "*": the origin itself must be named
    Response allowed =
        response.withHeaderSet(
            "Access-Control-Allow-Origin", anyOrigin && !credentials ? "*" : origin);
    if (credentials) {
      allowed = allowed.withHeaderSet("Access-Control-Allow-Credentials", "true");
    }
    return variesByOrigin() ? varyByOrigin(allowed) : allowed;
  }

  private static Response varyByOrigin(Response response) {
    for (String vary : response.headers("Vary")) {
      for (String name : vary.split(",")) {
        if (name.strip().equalsIgnoreCase("Origin") || name.strip().equals("*")) {
          return response;
        }
      }
    }
    return response.withHeader("Vary", "Origin");
  }

  /** What a {@link Cors} filter allows; nothing until told. */
  public static final class Builder {
    private final Set<String> origins = new LinkedHashSet<>();
    private boolean anyOrigin;
    private final Set<String> methods = new LinkedHashSet<>();
    private final Set<String> headers = new LinkedHashSet<>();
    private final Set<String> exposed = new LinkedHashSet<>();
    private boolean credentials;
    private Duration maxAge;

    private Builder() {}

    /**
     * Origins whose pages may call the API, each as a browser sends it in {@code Origin}: scheme,
     * host and a port unless the scheme's default, e.g. {@code https://app.example:8443}.
     *
     * @throws IllegalArgumentException for anything else (a path, a trailing slash, upper case)
     */
    public Builder allowOrigins(String... origins) {
      for (String origin : origins) {
        Objects.requireNonNull(origin, "origin");
        if (!ORIGIN.matcher(origin).matches() || !origin.equals(origin.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException(
              "\""
                  + origin
                  + "\" is not an origin as a browser sends it: scheme://host[:port] in lower case,"
                  + " without a path or a trailing /");
        }
        this.origins.add(origin);
      }
      return this;
    }

    /**
     * Pages of any origin may call the API: {@code Access-Control-Allow-Origin: *}, or, with
     * credentials (which the Fetch standard refuses with {@code *}), the page's own origin.
     */
    public Builder allowAnyOrigin() {
      this.anyOrigin = true;
      return this;
    }

    /**
     * Narrows the methods a preflight allows to these, among those the path allows; without it,
     * every method the path allows ({@code Allow}). Methods are case-sensitive: {@code "PUT"}.
     */
    public Builder allowMethods(String... methods) {
      for (String method : methods) {
        this.methods.add(Objects.requireNonNull(method, "method"));
      }
      return this;
    }

    /**
     * Request headers a page may send beyond the CORS-safelisted ones, e.g. {@code Content-Type}
     * for JSON, {@code Authorization}: the preflight's {@code Access-Control-Allow-Headers}.
     */
    public Builder allowHeaders(String... headers) {
      for (String header : headers) {
        this.headers.add(Objects.requireNonNull(header, "header"));
      }
      return this;
    }

    /** Answer headers a page may read beyond the safelisted ones, e.g. {@code X-Request-Id}. */
    public Builder exposeHeaders(String... headers) {
      for (String header : headers) {
        this.exposed.add(Objects.requireNonNull(header, "header"));
      }
      return this;
    }

    /** Whether pages may send cookies or {@code Authorization} and read the answers. */
    public Builder allowCredentials(boolean allow) {
      this.credentials = allow;
      return this;
    }

    /** How long a browser may reuse a preflight's answer; browsers cap it (Chromium: 2 hours). */
    public Builder maxAge(Duration maxAge) {
      if (maxAge.isNegative()) {
        throw new IllegalArgumentException("A max-age must not be negative: " + maxAge);
      }
      this.maxAge = maxAge;
      return this;
    }

    /**
     * The filter.
     *
     * @throws IllegalStateException if no origin is allowed
     */
    public Cors build() {
      if (origins.isEmpty() && !anyOrigin) {
        throw new IllegalStateException(
            "A CORS filter needs allowOrigins(...) or allowAnyOrigin()");
      }
      return new Cors(this);
    }
  }
}
