package dev.planned.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planned.FixedResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The OpenAPI 3.1 document of the APIs a server serves: the documents the processor wrote for each
 * API interface, merged into one under an {@code info} of your own, ready to be served.
 *
 * <pre>{@code
 * OpenApi openApi = OpenApi.of("Library", "1.0", LibraryApi.class, LoansApi.class);
 * JdkHttpServers.start(address, new Library(), new Loans(), openApi.servedAt("/openapi.json"));
 * }</pre>
 *
 * <p>Nothing is served unless you add {@link #servedAt}: a service that keeps its contract private
 * does not expose it. How documents merge, and when they cannot, is said at {@link #merge}.
 */
public final class OpenApi {
  /**
   * The media type the document is served with: {@code application/vnd.oai.openapi+json}, the one
   * the OpenAPI Initiative registered with IANA, with its {@code version} parameter. ({@code
   * application/openapi+json} is still an IETF draft.) Its {@code +json} suffix tells generic
   * clients it is JSON.
   */
  public static final String MEDIA_TYPE = "application/vnd.oai.openapi+json;version=3.1";

  /** The folder of the class path in which the processor writes each API's document. */
  public static final String RESOURCE_FOLDER = "META-INF/planned/openapi/";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode document;
  private final byte[] json;

  private OpenApi(ObjectNode document) {
    this.document = document;
    try {
      this.json = MAPPER.writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a tree of our own always writes
    }
  }

  /**
   * The merged document of these API interfaces, read from the class path where the processor wrote
   * them ({@link #resourceName}), with this title and version as its {@code info}.
   *
   * @throws IllegalStateException if an interface has no document on the class path
   * @throws IllegalArgumentException if the documents cannot be merged (see {@link #merge})
   */
  public static OpenApi of(String title, String version, Class<?>... apis) {
    if (apis.length == 0) {
      throw new IllegalArgumentException("Name at least one API interface");
    }
    List<ApiDocument> documents = new ArrayList<>();
    for (Class<?> api : apis) {
      documents.add(new ApiDocument(api.getName(), read(api)));
    }
    return merge(title, version, documents);
  }

  /**
   * Merges documents into one, with this title and version as its {@code info}. Where the documents
   * overlap:
   *
   * <ul>
   *   <li>paths: each path's operations are united; one operation in two documents must be the
   *       same, and two path templates that differ only in parameter names are refused (OpenAPI
   *       allows one);
   *   <li>components ({@code schemas}, …): a name in several documents is kept once when its
   *       definitions are equal, as the shared {@code Problem} schema is; when they differ the
   *       merge fails, naming the component and both APIs. No component is renamed: a name is what
   *       generated clients call the type;
   *   <li>tags and any other top-level member: kept once when equal, a conflict otherwise.
   * </ul>
   *
   * <p>The result is deterministic: paths in the order of the documents, component names sorted.
   *
   * @throws IllegalArgumentException listing every conflict, or a document that is not OpenAPI 3.1
   */
  public static OpenApi merge(String title, String version, List<ApiDocument> documents) {
    ObjectNode info =
        MAPPER
            .createObjectNode()
            .put("title", Objects.requireNonNull(title, "title"))
            .put("version", Objects.requireNonNull(version, "version"));
    return new OpenApi(DocumentMerger.merge(info, List.copyOf(documents)));
  }

  /** Where the processor writes the document of an API interface: by its binary name. */
  public static String resourceName(Class<?> api) {
    return RESOURCE_FOLDER + api.getName() + ".json";
  }

  /** A copy of the merged document. */
  public ObjectNode document() {
    return document.deepCopy();
  }

  /** The merged document as indented JSON, UTF-8. */
  public byte[] json() {
    return json.clone();
  }

  /**
   * A dispatcher serving the document with {@code GET} (and so HEAD) at {@code path}, as {@link
   * #MEDIA_TYPE}, with an {@code ETag}: serve it next to your APIs.
   */
  public FixedResources servedAt(String path) {
    return FixedResources.builder().add(path, MEDIA_TYPE, json).build();
  }

  private static JsonNode read(Class<?> api) {
    String name = resourceName(api);
    ClassLoader loader =
        api.getClassLoader() != null ? api.getClassLoader() : ClassLoader.getSystemClassLoader();
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "No OpenAPI document for "
                + api.getName()
                + " on the class path ("
                + name
                + "): is it an API interface (@Endpoint) compiled"
                + " with planned-processor on the processor path?");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** The document of one API, and the API's name for messages. */
  public record ApiDocument(String api, JsonNode document) {
    public ApiDocument {
      Objects.requireNonNull(api, "api");
      Objects.requireNonNull(document, "document");
    }
  }
}
