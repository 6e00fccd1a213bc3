package dev.planned.bench.client;

import dev.planned.jdk.JdkHttpServers;
import dev.planned.jdk.JdkServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of a call through the generated {@code GreetingsApiClient} against the same call written
 * by hand on {@code java.net.http.HttpClient}: the same server (the JDK server on loopback, in the
 * benchmark's JVM), the same {@code HttpClient}, the same request, one keep-alive connection, in
 * one run. The difference is the client's own work: building the request from typed arguments
 * (encoding included), and mapping the answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dsun.net.httpserver.nodelay=true"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClientBenchmark {
  private static final String NAME = "Ada Lovelace";
  private static final int TIMES = 3;

  private JdkServer server;
  private HttpClient http;
  private GreetingsApiClient client;
  private String base;
  private HttpClient canned;
  private GreetingsApiClient cannedClient;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server =
        JdkHttpServers.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new Greetings());
    base = "http://127.0.0.1:" + server.port();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    client = GreetingsApiClient.builder(URI.create(base)).httpClient(http).build();
    canned = new CannedHttpClient(new Greetings().greet(NAME, TIMES));
    cannedClient = GreetingsApiClient.builder(URI.create(base)).httpClient(canned).build();
  }

  @TearDown(Level.Trial)
  public void stop() {
    server.stop(Duration.ZERO);
  }

  @Benchmark
  public String generated() {
    return client.greet(NAME, TIMES);
  }

  /** What a careful hand-written call does: encode, send, check the status, decode. */
  @Benchmark
  public String handwritten() throws IOException, InterruptedException {
    return handwritten(http);
  }

  /** The client's own work alone: the same call, answered by a canned {@code HttpClient}. */
  @Benchmark
  public String generatedInMemory() {
    return cannedClient.greet(NAME, TIMES);
  }

  @Benchmark
  public String handwrittenInMemory() throws IOException, InterruptedException {
    return handwritten(canned);
  }

  private String handwritten(HttpClient http) throws IOException, InterruptedException {
    String name = URLEncoder.encode(NAME, StandardCharsets.UTF_8).replace("+", "%20");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/bench/greetings/" + name + "?times=" + TIMES))
            .header("Accept", "text/plain")
            .GET()
            .build();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("status " + response.statusCode());
    }
    return response.body();
  }
}
