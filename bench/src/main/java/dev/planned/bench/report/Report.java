package dev.planned.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes bench/RESULTS.md from the raw results bench/run.sh leaves in one folder: JMH's JSON, wrk's
 * text, hyperfine's JSON, the start-up samples and the machine facts. Every figure in the table is
 * read from those files; {@code java … Report RESULTS_DIR RESULTS.md [NOTES.md]}.
 */
public final class Report {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SERVERS = List.of("raw", "planned", "jersey");
  private static final List<String> ROUTES = List.of("implemented", "planned");
  private static final int[] SIZES = {10, 100, 1000};

  /**
   * The processor's added compile time at 1000 endpoints before issue 12 halved the generated code:
   * bench/RESULTS.md of commit 218a569, a run on a quiet machine (load 0.98 before).
   */
  private static final double ADDED_BEFORE_ISSUE_12 = 2835;

  private final Path dir;
  private final StringBuilder out = new StringBuilder();
  private final List<String> goals = new ArrayList<>();

  private Report(Path dir) {
    this.dir = dir;
  }

  public static void main(String[] args) throws IOException {
    Report report = new Report(Path.of(args[0]));
    String results = report.render();
    if (args.length > 2) { // the profiling notes: goals missed at first, and what changed
      String notes =
          Files.readString(Path.of(args[2]), StandardCharsets.UTF_8)
              .replaceFirst("(?m)^# .*\n", "")
              .replaceAll("(?m)^## ", "### ");
      results +=
          "\n## Profiling and fixes\n\nFrom [profiling/NOTES.md](profiling/NOTES.md):\n" + notes;
    }
    Files.writeString(Path.of(args[1]), results, StandardCharsets.UTF_8);
  }

  private String render() throws IOException {
    Map<String, String> meta = meta();
    out.append("# Planned benchmarks: results\n\n")
        .append(
            "Written by `bench/run.sh` (see [README.md](README.md)); every figure below is read"
                + " from the\n")
        .append("raw results of that run. Do not edit by hand: run the script again.\n\n")
        .append("| | |\n|---|---|\n");
    for (String key :
        List.of("date", "commit", "jdk", "cpu", "cores", "load before", "load after", "duration")) {
      out.append("| ").append(key).append(" | ").append(meta.getOrDefault(key, "?")).append(" |\n");
    }
    out.append(
            "\nThe machine is shared: other builds ran on the same two cores during this run, so\n")
        .append(
            "the load averages above belong beside the figures. Ratios compare contenders"
                + " measured\n")
        .append("in the same run.\n");
    StringBuilder body = new StringBuilder();
    StringBuilder saved = new StringBuilder(out);
    out.setLength(0);
    routing();
    http();
    filters();
    compile();
    startup();
    client();
    body.append(out);
    out.setLength(0);
    out.append(saved).append("\n## Goals\n\n| goal | figure | |\n|---|---|---|\n");
    goals.forEach(out::append);
    out.append(body);
    return out.toString();
  }

  private Map<String, String> meta() throws IOException {
    Map<String, String> meta = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("meta.txt"))) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        meta.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return meta;
  }

  // ---------------------------------------------------------------- routing

  private void routing() throws IOException {
    Map<String, JsonNode> runs = new LinkedHashMap<>();
    for (JsonNode run : JSON.readTree(dir.resolve("jmh.json").toFile())) {
      runs.put(run.get("benchmark").asText().replaceAll(".*\\.", ""), run);
    }
    out.append("\n## 1. Routing in process (JMH)\n\n")
        .append(
            "The 203 routes of the GitHub API table of julienschmidt/go-http-routing-benchmark;"
                + " one\n")
        .append(
            "operation routes all 203 requests with their wildcards bound, figures are per"
                + " route.\n")
        .append("`…Static` routes only `GET /user/repos`. JMH: ")
        .append(jmhSettings(runs.values().iterator().next()))
        .append(", `-prof gc`.\n\n")
        .append(
            "| contender | median ns/route | mean ± 99.9% error | B/route | × Planned (time) |\n")
        .append("|---|---:|---:|---:|---:|\n");
    double planned = median(runs.get("planned"));
    for (String[] row :
        new String[][] {
          {"planned", "Planned (generated dispatcher)"},
          {"handwritten", "hand-written trie"},
          {"spring", "Spring PathPattern list"},
          {"jersey", "Jersey `ApplicationHandler.apply`"},
          {"plannedStatic", "Planned, static route"},
          {"handwrittenStatic", "hand-written, static route"}
        }) {
      JsonNode run = runs.get(row[0]);
      JsonNode score = run.get("primaryMetric");
      out.append("| ")
          .append(row[1])
          .append(" | ")
          .append(num(median(run)))
          .append(" | ")
          .append(num(score.get("score").asDouble()))
          .append(" ± ")
          .append(num(score.get("scoreError").asDouble()))
          .append(" | ")
          .append(num(allocation(run)))
          .append(" | ")
          .append(row[0].endsWith("Static") ? "" : ratio(median(run) / planned))
          .append(" |\n");
    }
    double handwritten = median(runs.get("handwritten"));
    double jersey = median(runs.get("jersey"));
    double spring = median(runs.get("spring"));
    goal(
        "Routing ≤ 1.2× the hand-written dispatcher",
        planned / handwritten <= 1.2,
        ratio(planned / handwritten)
            + " ("
            + num(planned)
            + " vs "
            + num(handwritten)
            + " ns/route)");
    goal(
        "Routing ≥ 20× faster than Jersey in memory",
        jersey / planned >= 20,
        ratio(jersey / planned) + " faster (" + num(jersey) + " ns/route)");
    goal(
        "Routing ≥ 5× faster than the PathPattern list",
        spring / planned >= 5,
        ratio(spring / planned) + " faster (" + num(spring) + " ns/route)");
    double staticBytes = allocation(runs.get("plannedStatic"));
    goal(
        "No allocation for a static route",
        staticBytes < 1,
        num(staticBytes)
            + " B per static route (hand-written: "
            + num(allocation(runs.get("handwrittenStatic")))
            + " B)");
  }

  private static String jmhSettings(JsonNode run) {
    return run.get("forks").asInt()
        + " forks × "
        + run.get("measurementIterations").asInt()
        + " × "
        + run.get("measurementTime").asText()
        + " measured after "
        + run.get("warmupIterations").asInt()
        + " × "
        + run.get("warmupTime").asText()
        + " warm-up, "
        + run.get("jvm").asText().replaceAll(".*/", "")
        + " "
        + run.get("jdkVersion").asText();
  }

  private static double median(JsonNode run) {
    return run.get("primaryMetric").get("scorePercentiles").get("50.0").asDouble();
  }

  private static double allocation(JsonNode run) {
    JsonNode norm = run.get("secondaryMetrics").get("gc.alloc.rate.norm");
    return norm == null ? Double.NaN : norm.get("score").asDouble();
  }

  // ---------------------------------------------------------------- HTTP

  private void http() throws IOException {
    out.append("\n## 2. End-to-end HTTP (wrk)\n\n")
        .append(
            "The JDK's HttpServer on loopback, servers pinned to CPU 0 and wrk to CPU 1"
                + " (`taskset`),\n")
        .append(
            "one wrk thread, 64 connections, no pipelining, same executor (fixed pool of 16) and\n")
        .append(
            "backlog (1024) for all, `-Dsun.net.httpserver.nodelay=true`. The three servers run"
                + " at\n")
        .append(
            "once and, after a warm-up of each, take turns in short rounds (in alternating order),"
                + " so\n")
        .append(
            "outside load falls on all alike. Requests/s and p99: the median of the rounds (range"
                + " in\n")
        .append(
            "brackets). The ratios to raw are the median of each round's ratio, runs seconds"
                + " apart,\n")
        .append(
            "which drifting load on the shared machine disturbs least. The implemented route is\n")
        .append("`GET /repos/{owner}/{repo}/pulls/{number}` answering `ok`; the planned route is\n")
        .append(
            "`GET /repos/{owner}/{repo}/contents/{path...}` answering 501 with the plan as problem"
                + " JSON.\n")
        .append(
            "The raw handler routes with the hand-written trie and writes the same bytes;"
                + " Planned's\n")
        .append(
            "adapter also copies the request into a `Request` (headers included) and goes through"
                + " the\n")
        .append("router's HTTP semantics.\n\n")
        .append("| route | server | requests/s | p99 latency | × raw (req/s) | × raw (p99) |\n")
        .append("|---|---|---:|---:|---:|---:|\n");
    Map<String, double[]> rps = new LinkedHashMap<>();
    Map<String, double[]> p99 = new LinkedHashMap<>();
    for (String route : ROUTES) {
      for (String server : SERVERS) {
        List<double[]> samples = wrk(server, route);
        // in round order, so that round i of one server pairs with round i of another
        rps.put(server + route, samples.stream().mapToDouble(s -> s[0]).toArray());
        p99.put(server + route, samples.stream().mapToDouble(s -> s[1]).toArray());
      }
      for (String server : SERVERS) {
        double[] r = sorted(rps.get(server + route));
        double[] l = sorted(p99.get(server + route));
        out.append("| ")
            .append(route)
            .append(" | ")
            .append(server)
            .append(" | ")
            .append(num(median(r)))
            .append(" [")
            .append(num(r[0]))
            .append("–")
            .append(num(r[r.length - 1]))
            .append("] | ")
            .append(ms(median(l)))
            .append(" [")
            .append(ms(l[0]))
            .append("–")
            .append(ms(l[l.length - 1]))
            .append("] | ")
            .append(ratio(roundRatio(rps, server, "raw", route)))
            .append(" | ")
            .append(ratio(roundRatio(p99, server, "raw", route)))
            .append(" |\n");
      }
      double rpsRatio = roundRatio(rps, "planned", "raw", route);
      double p99Ratio = roundRatio(p99, "planned", "raw", route);
      double jerseyRatio = roundRatio(rps, "planned", "jersey", route);
      goal(
          "HTTP (" + route + " route): ≥ 0.95× the raw handler's throughput",
          rpsRatio >= 0.95,
          ratio(rpsRatio)
              + " (medians "
              + num(median(rps.get("planned" + route)))
              + " vs "
              + num(median(rps.get("raw" + route)))
              + " req/s)");
      goal(
          "HTTP (" + route + " route): ≤ 1.1× the raw handler's p99",
          p99Ratio <= 1.1,
          ratio(p99Ratio)
              + " (medians "
              + ms(median(p99.get("planned" + route)))
              + " vs "
              + ms(median(p99.get("raw" + route)))
              + ")");
      goal(
          "HTTP (" + route + " route): ≥ 2× Jersey's throughput",
          jerseyRatio >= 2,
          ratio(jerseyRatio)
              + " (Jersey's median "
              + num(median(rps.get("jersey" + route)))
              + " req/s)");
    }
  }

  // ---------------------------------------------------------------- filters

  private static final List<String> CHAINS =
      List.of("filters-none", "filters-pass", "filters-ids-log");

  /** Step 2b and the router benchmarks of step 1: what filters cost, against none. */
  private void filters() throws IOException {
    Map<String, JsonNode> runs = new LinkedHashMap<>();
    for (JsonNode run : JSON.readTree(dir.resolve("jmh.json").toFile())) {
      runs.put(run.get("benchmark").asText().replaceAll(".*\\.", ""), run);
    }
    out.append("\n## 2b. The cost of filters\n\n")
        .append(
            "The same generated dispatcher in a `Router` (where server-wide filters are"
                + " registered):\n")
        .append(
            "without filters; with one filter that only calls `next` (the chain's own cost);"
                + " with\n")
        .append(
            "`RequestIds` then `AccessLog`, whose lines are built and handed to a JUL handler"
                + " that\n")
        .append(
            "drops them (Planned's cost, not the I/O of a log file). In process (JMH, as step 1,"
                + " all\n")
        .append(
            "203 routes, per route), and over HTTP (wrk, as step 2, the implemented route; three"
                + " more\n")
        .append("servers taking turns in rounds; ratios are the median of each round's ratio).\n\n")
        .append(
            "| chain | JMH median ns/route | B/route | × no filters (JMH) | HTTP requests/s | × no"
                + " filters (HTTP req/s) |\n")
        .append("|---|---:|---:|---:|---:|---:|\n");
    Map<String, double[]> rps = new LinkedHashMap<>();
    for (String chain : CHAINS) {
      rps.put(chain, wrk(chain, "implemented").stream().mapToDouble(sample -> sample[0]).toArray());
    }
    double none = median(runs.get("plannedRouter"));
    String[][] rows = {
      {"plannedRouter", "filters-none", "no filters"},
      {"plannedPassThroughFilter", "filters-pass", "one filter calling `next`"},
      {"plannedRequestIdAndAccessLog", "filters-ids-log", "`RequestIds` + `AccessLog`"}
    };
    for (String[] row : rows) {
      JsonNode run = runs.get(row[0]);
      out.append("| ")
          .append(row[2])
          .append(" | ")
          .append(num(median(run)))
          .append(" | ")
          .append(num(allocation(run)))
          .append(" | ")
          .append(ratio(median(run) / none))
          .append(" | ")
          .append(num(median(rps.get(row[1]))))
          .append(" | ")
          .append(ratio(chainRatio(rps, row[1])))
          .append(" |\n");
    }
    double pass = chainRatio(rps, "filters-pass");
    double idsAndLog = chainRatio(rps, "filters-ids-log");
    goal(
        "HTTP: an empty chain (one filter calling `next`) costs ≤ 2% of throughput",
        pass >= 0.98, ratio(pass) + " of the throughput without filters");
    goal(
        "HTTP: request ids + access log cost ≤ 5% of throughput",
        idsAndLog >= 0.95, ratio(idsAndLog) + " of the throughput without filters");
  }

  /** The median over the rounds of a chain's requests/s divided by the router's without filters. */
  private static double chainRatio(Map<String, double[]> rps, String chain) {
    double[] a = rps.get(chain);
    double[] b = rps.get("filters-none");
    double[] ratios = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      ratios[i] = a[i] / b[i];
    }
    return median(ratios);
  }

  /** The median over the rounds of one server's figure divided by another's in the same round. */
  private static double roundRatio(
      Map<String, double[]> figures, String server, String other, String route) {
    double[] a = figures.get(server + route);
    double[] b = figures.get(other + route);
    double[] ratios = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      ratios[i] = a[i] / b[i];
    }
    return median(ratios);
  }

  private static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
  private static final Pattern ERRORS =
      Pattern.compile("Socket errors: (.*)|Non-2xx or 3xx responses: (\\d+)");

  /** Each measured run of one server and route: requests/s and p99 in milliseconds. */
  private List<double[]> wrk(String server, String route) throws IOException {
    List<double[]> samples = new ArrayList<>();
    for (int run = 1;
        Files.exists(dir.resolve("wrk-" + server + "-" + route + "-" + run + ".txt"));
        run++) {
      String text =
          Files.readString(dir.resolve("wrk-" + server + "-" + route + "-" + run + ".txt"));
      Matcher requests = REQUESTS.matcher(text);
      Matcher p99 = P99.matcher(text);
      if (!requests.find() || !p99.find()) {
        throw new IllegalStateException(
            "No figures in wrk's output for " + server + " " + route + ":\n" + text);
      }
      Matcher errors = ERRORS.matcher(text);
      if (errors.find() && (errors.group(1) != null || route.equals("implemented"))) {
        throw new IllegalStateException(server + " " + route + " had errors: " + errors.group());
      }
      double latency = Double.parseDouble(p99.group(1));
      latency *=
          switch (p99.group(2)) {
            case "us" -> 0.001;
            case "s" -> 1000;
            default -> 1;
          };
      samples.add(new double[] {Double.parseDouble(requests.group(1)), latency});
    }
    if (samples.isEmpty()) {
      throw new IllegalStateException("No wrk results for " + server + " " + route);
    }
    return samples;
  }

  // ---------------------------------------------------------------- compile time

  private void compile() throws IOException {
    out.append("\n## 3. Compile time (hyperfine)\n\n")
        .append(
            "`javac` of one generated API interface of N endpoints (CRUD resources of five"
                + " endpoints,\n")
        .append(
            "every tenth planned), a cold JVM per run: `-proc:none` against the Planned"
                + " processor,\n")
        .append(
            "which also writes and compiles the dispatcher. To tell the processor's own work"
                + " from\n")
        .append(
            "javac compiling what it wrote, a third run compiles the interface and the generated\n")
        .append("dispatcher source with `-proc:none`. Median of the runs (min–max).\n\n")
        .append(
            "The OpenAPI document's share is what a run with `-Aplanned.openapi=false` saves.\n")
        .append("Generated lines: the dispatcher's lines (`wc -l`) per endpoint.\n\n")
        .append(
            "| endpoints | javac -proc:none | javac + Planned | added | added share | -proc:none,"
                + " dispatcher given | processor's own work | OpenAPI document | generated lines"
                + " per endpoint |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double[] added = new double[SIZES.length];
    double[] base = new double[SIZES.length];
    double[] linesPerEndpoint = new double[SIZES.length];
    for (int i = 0; i < SIZES.length; i++) {
      JsonNode results =
          JSON.readTree(dir.resolve("compile-" + SIZES[i] + ".json").toFile()).get("results");
      JsonNode none = results.get(0);
      JsonNode with = results.get(1);
      JsonNode given = results.get(2);
      base[i] = none.get("median").asDouble() * 1000;
      double processed = with.get("median").asDouble() * 1000;
      double own = processed - given.get("median").asDouble() * 1000;
      added[i] = processed - base[i];
      double document = processed - results.get(3).get("median").asDouble() * 1000;
      linesPerEndpoint[i] = linesPerEndpoint(dir, SIZES[i]);
      out.append("| ")
          .append(SIZES[i])
          .append(" | ")
          .append(range(none))
          .append(" | ")
          .append(range(with))
          .append(" | ")
          .append(num(added[i]))
          .append(" ms | ")
          .append(percent(added[i] / base[i]))
          .append(" | ")
          .append(range(given))
          .append(" | ")
          .append(num(own))
          .append(" ms | ")
          .append(num(document))
          .append(" ms | ")
          .append(String.format(Locale.ROOT, "%.1f", linesPerEndpoint[i]))
          .append(" |\n");
    }
    int last = SIZES.length - 1;
    double slopeLow = (added[1] - added[0]) / (SIZES[1] - SIZES[0]);
    double slopeHigh = (added[last] - added[1]) / (SIZES[last] - SIZES[1]);
    out.append("\nAdded time per endpoint: ")
        .append(num(slopeLow))
        .append(" ms from 10 to 100 endpoints, ")
        .append(num(slopeHigh))
        .append(" ms from 100 to 1000. The growth counts as linear when each\n")
        .append(
            "further endpoint costs no more in a large API than in a small one: the slope from 100"
                + " to\n")
        .append("1000 at most twice the slope from 10 to 100.\n");
    goal(
        "Compile: the processor adds ≤ 15% to javac at 1000 endpoints",
        added[last] / base[last] <= 0.15,
        percent(added[last] / base[last])
            + " ("
            + num(added[last])
            + " ms on "
            + num(base[last])
            + " ms)");
    goal(
        "Compile: the processor's added time at 1000 endpoints ≤ 0.6× before issue 12 ("
            + num(ADDED_BEFORE_ISSUE_12)
            + " ms)",
        added[last] <= 0.6 * ADDED_BEFORE_ISSUE_12,
        num(added[last]) + " ms, " + ratio(added[last] / ADDED_BEFORE_ISSUE_12));
    goal(
        "Generated lines per endpoint at 1000 endpoints ≤ 9",
        linesPerEndpoint[last] <= 9,
        String.format(Locale.ROOT, "%.1f", linesPerEndpoint[last]));
    // linear: the cost of each further endpoint does not grow with the size of the API
    goal(
        "Compile: the added time grows linearly",
        slopeHigh <= 2 * Math.max(slopeLow, 0.01),
        num(slopeLow) + " ms/endpoint (10→100), " + num(slopeHigh) + " ms/endpoint (100→1000)");
  }

  /** From run.sh's "generated dispatcher: 8777 lines, 8.8 per endpoint". */
  private static double linesPerEndpoint(Path dir, int endpoints) throws IOException {
    String line = Files.readString(dir.resolve("lines-" + endpoints + ".txt")).strip();
    Matcher lines = Pattern.compile("(\\d+) lines").matcher(line);
    if (!lines.find()) {
      throw new IllegalStateException("No line count in lines-" + endpoints + ".txt: " + line);
    }
    return Double.parseDouble(lines.group(1)) / endpoints;
  }

  private static String range(JsonNode result) {
    return num(result.get("median").asDouble() * 1000)
        + " ms ("
        + num(result.get("min").asDouble() * 1000)
        + "–"
        + num(result.get("max").asDouble() * 1000)
        + ")";
  }

  // ---------------------------------------------------------------- start-up

  private void startup() throws IOException {
    out.append("\n## 4. Start-up\n\n")
        .append(
            "From just before launching the server JVM to the first 200 answer on the"
                + " implemented\n")
        .append(
            "route, polled every millisecond; each server with all of the GitHub table. Median"
                + " of\n")
        .append("the launches (min–max).\n\n")
        .append("| server | launches | median | range | × raw |\n|---|---:|---:|---:|---:|\n");
    Map<String, double[]> samples = new LinkedHashMap<>();
    for (String server : SERVERS) {
      samples.put(
          server,
          Files.readAllLines(dir.resolve("startup-" + server + ".txt")).stream()
              .filter(l -> !l.isBlank())
              .mapToDouble(Double::parseDouble)
              .sorted()
              .toArray());
    }
    double raw = median(samples.get("raw"));
    samples.forEach(
        (server, s) ->
            out.append("| ")
                .append(server)
                .append(" | ")
                .append(s.length)
                .append(" | ")
                .append(num(median(s)))
                .append(" ms | ")
                .append(num(s[0]))
                .append("–")
                .append(num(s[s.length - 1]))
                .append(" ms | ")
                .append(ratio(median(s) / raw))
                .append(" |\n"));
    double planned = median(samples.get("planned"));
    goal(
        "Start-up ≤ 1.15× the raw server",
        planned / raw <= 1.15,
        ratio(planned / raw)
            + " ("
            + num(planned)
            + " vs "
            + num(raw)
            + " ms; Jersey "
            + num(median(samples.get("jersey")))
            + " ms)");
  }

  // ---------------------------------------------------------------- client

  private void client() throws IOException {
    Map<String, JsonNode> runs = new LinkedHashMap<>();
    for (JsonNode run : JSON.readTree(dir.resolve("jmh-client.json").toFile())) {
      runs.put(run.get("benchmark").asText().replaceAll(".*\\.", ""), run);
    }
    out.append("\n## 5. The generated client (JMH, and compile time)\n\n")
        .append(
            "One call of `GreetingsApiClient.greet(\"Ada Lovelace\", 3)` against the same call"
                + " written by\n")
        .append(
            "hand on `java.net.http.HttpClient` (encode, send, check the status, decode): the same"
                + " JDK\n")
        .append(
            "server on loopback in the benchmark's JVM, the same `HttpClient`, one keep-alive"
                + " connection.\n")
        .append(
            "Most of either figure is the HTTP exchange itself; the canned pair makes the same"
                + " calls to\n")
        .append(
            "an `HttpClient` that answers at once, leaving the work on either side of the network."
                + " JMH: ")
        .append(jmhSettings(runs.values().iterator().next()))
        .append(".\n\n")
        .append("| contender | median µs/call | mean ± 99.9% error | × hand-written |\n")
        .append("|---|---:|---:|---:|\n");
    double handwritten = median(runs.get("handwritten"));
    for (String[] row :
        new String[][] {
          {"generated", "generated client"},
          {"handwritten", "hand-written `HttpClient` call"},
          {"generatedInMemory", "generated client, canned `HttpClient` (its own work)"},
          {"handwrittenInMemory", "hand-written, canned `HttpClient` (its own work)"}
        }) {
      JsonNode run = runs.get(row[0]);
      if (row[0].equals("generatedInMemory")) {
        handwritten = median(runs.get("handwrittenInMemory"));
      }
      JsonNode score = run.get("primaryMetric");
      out.append("| ")
          .append(row[1])
          .append(" | ")
          .append(num(median(run)))
          .append(" | ")
          .append(num(score.get("score").asDouble()))
          .append(" ± ")
          .append(num(score.get("scoreError").asDouble()))
          .append(" | ")
          .append(ratio(median(run) / handwritten))
          .append(" |\n");
    }
    // The goal is read from the paired rounds (ClientRounds): JMH runs the two benchmarks one
    // after the other, minutes apart, and the shared machine's load drifts by more than the
    // difference sought in between; each round's pair sees the same load.
    JsonNode rounds = JSON.readTree(dir.resolve("client-rounds.json").toFile());
    double pairedGenerated = median(doubles(rounds.get("generated")));
    double pairedHandwritten = median(doubles(rounds.get("handwritten")));
    double[] ratios = doubles(rounds.get("ratio"));
    double pairedRatio = median(ratios);
    Arrays.sort(ratios);
    out.append("\nIn pairs (`client/ClientRounds`): ")
        .append(rounds.get("rounds").asInt())
        .append(" rounds, each a block of ")
        .append(rounds.get("callsPerBlock").asInt())
        .append(" generated calls and a block of as many hand-written ones, one right after the\n")
        .append("other (which goes first alternates), on the same server and connection, so that")
        .append(" both sides of\na pair see the same load. Medians of the blocks: generated ")
        .append(num(pairedGenerated))
        .append(" µs/call, hand-written ")
        .append(num(pairedHandwritten))
        .append(" µs/call; median of the rounds' ratios ")
        .append(ratio(pairedRatio))
        .append(" [")
        .append(ratio(ratios[0]))
        .append("–")
        .append(ratio(ratios[ratios.length - 1]))
        .append("]. The goal is read from these pairs.\n");
    goal(
        "Client: a call ≤ 1.1× a hand-written HttpClient call",
        pairedRatio <= 1.1,
        ratio(pairedRatio)
            + " (paired rounds; medians "
            + num(pairedGenerated)
            + " vs "
            + num(pairedHandwritten)
            + " µs)");

    JsonNode results = JSON.readTree(dir.resolve("compile-client.json").toFile()).get("results");
    double without = results.get(0).get("median").asDouble() * 1000;
    double with = results.get(1).get("median").asDouble() * 1000;
    out.append(
            "\n"
                + "`javac` with the processor of one typed API of 1000 endpoints (the compile-time"
                + " API of\n")
        .append(
            "section 3 with `@Query` and `@Body` in place of `Request`), without `@Client` and with"
                + " it:\n")
        .append("the difference is writing and compiling the client.\n\n")
        .append(
            "| 1000 endpoints | without `@Client` | with `@Client` | added |\n"
                + "|---|---:|---:|---:|\n")
        .append("| javac + Planned | ")
        .append(range(results.get(0)))
        .append(" | ")
        .append(range(results.get(1)))
        .append(" | ")
        .append(num(with - without))
        .append(" ms (")
        .append(percent((with - without) / without))
        .append(") |\n");
  }

  // ---------------------------------------------------------------- helpers

  private void goal(String goal, boolean met, String figure) {
    goals.add("| " + goal + " | " + figure + " | " + (met ? "**met**" : "**missed**") + " |\n");
  }

  private static double[] doubles(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }

  private static double median(double[] sorted) {
    double[] s = sorted.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static String num(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    double abs = Math.abs(value);
    String pattern = abs >= 100 ? "%,.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, value);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, value >= 10 ? "%.0f×" : "%.2f×", value);
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value * 100);
  }

  private static String ms(double millis) {
    return String.format(Locale.ROOT, millis >= 10 ? "%.1f ms" : "%.2f ms", millis);
  }
}
