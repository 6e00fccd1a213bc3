package dev.planned.client;

import dev.planned.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Configures a generated client: {@code LibraryApiClient.builder(base)...build()}. Everything is
 * optional; {@code LibraryApiClient.create(base)} is the builder with nothing set.
 *
 * @param <C> the generated client
 */
public final class ClientBuilder<C> {
  private final URI base;
  private final boolean needsJson;
  private final Function<Calls, C> client;
  private HttpClient httpClient;
  private JsonCodec codec;
  private final List<String> headers = new ArrayList<>();
  private Duration timeout;
  private Consumer<HttpRequest.Builder> everyRequest = request -> {};

  /**
   * Used by generated clients' {@code builder(URI)}.
   *
   * @param base the server's address, with any path the API is mounted under (a servlet's context
   *     path); the API's own base path is added by the client
   * @param needsJson whether some endpoint of the API reads or writes JSON
   */
  public ClientBuilder(URI base, boolean needsJson, Function<Calls, C> client) {
    this.base = Objects.requireNonNull(base, "base");
    if (base.getScheme() == null || base.getHost() == null) {
      throw new IllegalArgumentException(
          "A client needs an absolute http or https URI such as"
              + " http://localhost:8080, not "
              + base);
    }
    this.needsJson = needsJson;
    this.client = client;
  }

  /**
   * The {@code HttpClient} to send with; by default one made with {@code
   * HttpClient.newHttpClient()}.
   */
  public ClientBuilder<C> httpClient(HttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return this;
  }

  /** The codec for JSON bodies and results; by default the one found on the class path. */
  public ClientBuilder<C> codec(JsonCodec codec) {
    this.codec = Objects.requireNonNull(codec, "codec");
    return this;
  }

  /** A header sent with every request (one more value if called again with the same name). */
  public ClientBuilder<C> header(String name, String value) {
    headers.add(Objects.requireNonNull(name, "name"));
    headers.add(Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * How long each call may wait for its answer's headers before it fails with {@link
   * ClientException.Failure#TIMEOUT}; by default as long as the {@code HttpClient} waits
   * (connecting has the {@code HttpClient}'s own connect timeout).
   */
  public ClientBuilder<C> timeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("A timeout must be positive, not " + timeout);
    }
    this.timeout = timeout;
    return this;
  }

  /**
   * A hook run on every request just before it is sent, after its own headers are set: e.g. {@code
   * request -> request.setHeader("Authorization", "Bearer " + tokens.current())}.
   */
  public ClientBuilder<C> everyRequest(Consumer<HttpRequest.Builder> hook) {
    this.everyRequest = Objects.requireNonNull(hook, "hook");
    return this;
  }

  /**
   * The client.
   *
   * @throws IllegalStateException if the API needs JSON and no codec was given or found
   */
  public C build() {
    JsonCodec json = codec;
    if (json == null && needsJson) {
      json =
          JsonCodec.discover()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "This API reads or writes JSON, but no JsonCodec is on the class path:"
                              + " add dev.planned:planned-jackson, or pass a codec to the client's"
                              + " builder."));
    }
    HttpClient http = httpClient != null ? httpClient : HttpClient.newHttpClient();
    return client.apply(new Calls(base, http, json, List.copyOf(headers), timeout, everyRequest));
  }
}
