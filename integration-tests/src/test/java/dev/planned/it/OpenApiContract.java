package dev.planned.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.planned.Dispatcher;
import dev.planned.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenAPI document the processor wrote for an API, as a contract every answer must keep: the
 * answer's status is one the operation declares (or its {@code default}), its Content-Type one of
 * that response's media types, and a JSON body valid against that media type's schema, checked by
 * networknt's JSON Schema validator (2020-12, formats asserted). An answer to a request that names
 * no operation (an unknown path, a method the path does not declare, {@code OPTIONS}) is the
 * router's, not an operation's, and is not checked here.
 */
final class OpenApiContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> OPERATION_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final String uri;
  private final JsonNode document;

  /** The document's paths whose last wildcard takes the rest of the path ({name...}). */
  private final Set<String> restPaths;

  private final SchemaRegistry registry;

  private OpenApiContract(String uri, String text, Set<String> restPaths) {
    this.uri = uri;
    this.document = parse(text);
    this.restPaths = restPaths;
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemas(Map.of(uri, text))
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  }

  /** The contract of the API the dispatcher implements, read from the class path. */
  static OpenApiContract of(Class<?> api, Dispatcher dispatcher) {
    String name = "META-INF/planned/openapi/" + api.getName() + ".json";
    Set<String> restPaths =
        dispatcher.routes().stream()
            .map(Route::path)
            .filter(path -> path.endsWith("...}"))
            .map(path -> path.replaceAll("\\{(\\w+)\\.\\.\\.}", "{$1}"))
            .collect(Collectors.toSet());
    return new OpenApiContract("https://planned.dev/test/" + name, resource(name), restPaths);
  }

  static String resource(String name) {
    try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, "no document " + name + " on the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that the answer to this request keeps the contract, if it names an operation. */
  void check(String method, String target, Answer answer) {
    String operationMethod = method.toLowerCase(Locale.ROOT);
    boolean head = operationMethod.equals("head");
    Optional<String> path = operationPath(head ? "get" : operationMethod, pathOf(target));
    if (path.isEmpty()
        || !OPERATION_METHODS.contains(operationMethod)
        || operationMethod.equals("options")) {
      return;
    }
    String where = method + " " + target + " answered " + answer.status();
    String status = Integer.toString(answer.status());
    String pointer =
        "/paths/" + escape(path.get()) + "/" + (head ? "get" : operationMethod) + "/responses";
    JsonNode responses = document.at(pointer);
    // an exact status first, then its range such as 2XX (a Reply's status is its own), then default
    String range = status.charAt(0) + "XX";
    String key = responses.has(status) ? status : responses.has(range) ? range : "default";
    assertTrue(
        responses.has(key),
        where
            + ": the document declares no such answer for "
            + method
            + " "
            + path.get()
            + ", only "
            + names(responses));
    pointer += "/" + escape(key);
    JsonNode response = responses.get(key);
    if (response.has("$ref")) {
      pointer = response.get("$ref").asText().substring(1);
      response = document.at(pointer);
    }
    JsonNode content = response.get("content");
    if (content == null) {
      assertEquals("", answer.body(), where + ": the document describes no body");
      return;
    }
    if (head) {
      return; // a HEAD answer has the GET's headers and no body
    }
    String mediaType =
        answer
            .header("Content-Type")
            .map(type -> type.split(";")[0].strip().toLowerCase(Locale.ROOT))
            .orElse("");
    String described = content.has(mediaType) ? mediaType : "*/*";
    assertTrue(
        content.has(described),
        where + ": Content-Type " + mediaType + " is not among the document's " + names(content));
    pointer += "/content/" + escape(described) + "/schema";
    if (isJson(mediaType) && document.at(pointer).isObject()) {
      List<Error> errors =
          registry
              .getSchema(SchemaLocation.of(uri + "#" + fragment(pointer)))
              .validate(answer.body(), InputFormat.JSON);
      assertEquals(
          List.of(),
          errors.stream().map(Error::toString).toList(),
          where + " with " + answer.body() + ": the body does not match the document's schema");
    }
  }

  /**
   * The document path of the operation that answers this path, as Planned chooses: the most
   * specific, where at the first segment they differ a literal beats a wildcard, and a wildcard the
   * rest of the path.
   */
  private Optional<String> operationPath(String method, String requestPath) {
    String[] request = segments(requestPath);
    String best = null;
    int[] bestRank = null;
    for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      if (!document.get("paths").get(path).has(method)) {
        continue;
      }
      int[] rank = rank(segments(path), restPaths.contains(path), request);
      if (rank != null && (bestRank == null || compare(rank, bestRank) > 0)) {
        best = path;
        bestRank = rank;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Per segment 2 for a literal, 1 for a wildcard, 0 for the rest; null if it does not match. */
  private static int[] rank(String[] template, boolean rest, String[] request) {
    if (rest ? request.length < template.length : request.length != template.length) {
      return null;
    }
    int[] rank = new int[template.length];
    for (int i = 0; i < template.length; i++) {
      boolean wildcard = template[i].startsWith("{");
      if (!wildcard && !template[i].equals(request[i])
          || wildcard && request[i].isEmpty() && !(rest && i == template.length - 1)) {
        return null;
      }
      rank[i] = !wildcard ? 2 : rest && i == template.length - 1 ? 0 : 1;
    }
    return rank;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static String[] segments(String path) {
    return path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
  }

  private static String pathOf(String target) {
    int query = target.indexOf('?');
    return query < 0 ? target : target.substring(0, query);
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  /** A JSON pointer's token (RFC 6901): {@code ~} and {@code /} escaped. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** A JSON pointer as a URI fragment: the characters a URI does not carry as they are. */
  private static String fragment(String pointer) {
    return pointer
        .replace("%", "%25")
        .replace("{", "%7B")
        .replace("}", "%7D")
        .replace("*", "%2A")
        .replace("+", "%2B");
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
