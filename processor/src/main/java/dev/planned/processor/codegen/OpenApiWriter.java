package dev.planned.processor.codegen;

import dev.planned.processor.model.ApiModel;
import dev.planned.processor.model.EndpointModel;
import dev.planned.processor.model.Segment;
import dev.planned.processor.report.Diagnostics;
import dev.planned.processor.report.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes an API's OpenAPI 3.1.0 document, {@code META-INF/planned/openapi/<binary name>.json}: one
 * operation per endpoint, with its parameters, body and answers exactly as the dispatcher binds and
 * writes them, and a planned endpoint's plan in {@code x-planned}. Deterministic: paths and
 * operations in declaration order, everything else sorted.
 */
public final class OpenApiWriter implements ModelWriter {
  /** Where the documents go on the class path; the file is the interface's binary name. */
  public static final String DIRECTORY = "META-INF/planned/openapi/";

  /** The methods OpenAPI 3.1 has a field for; an endpoint of another method is left out. */
  private static final Set<String> OPERATION_METHODS =
      Set.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE");

  private final ProcessingEnvironment environment;
  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final String title;
  private final String version;

  /**
   * @param title the title of every document, or null for each interface's simple name
   * @param version the version of every document
   */
  public OpenApiWriter(
      ProcessingEnvironment environment, Diagnostics diagnostics, String title, String version) {
    this.environment = environment;
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.diagnostics = diagnostics;
    this.title = title;
    this.version = version;
  }

  @Override
  public String nameOf(ApiModel api) {
    return DIRECTORY + elements.getBinaryName(api.element()) + ".json";
  }

  @Override
  public void write(ApiModel api, Filer filer) throws IOException {
    FileObject file =
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", nameOf(api), api.element());
    try (OutputStream out = file.openOutputStream()) {
      out.write(document(api).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The document's text. */
  String document(ApiModel api) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", "3.1.0");
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("title", title != null ? title : api.element().getSimpleName().toString());
    info.put("version", version);
    Javadoc.of(elements.getDocComment(api.element()))
        .ifPresent(doc -> info.put("description", doc.text()));
    document.put("info", info);

    // one mapper for the whole API, so that each named type is described once; what it cannot
    // describe is reported on the endpoint method that uses it
    OpenApiSchemas schemas =
        new OpenApiSchemas(
            elements,
            types,
            (where, type, why) ->
                diagnostics.print(where, Message.OPENAPI_TYPE_NOT_DESCRIBED, type, why));
    Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
    Map<String, Integer> operationIds = new HashMap<>();
    DocComments docComments = DocComments.of(environment, api.element());
    for (EndpointModel endpoint : api.endpoints()) {
      String method = endpoint.pattern().method();
      if (!OPERATION_METHODS.contains(method)) {
        continue;
      }
      // Java methods may share a name; operation ids may not
      int seen = operationIds.merge(endpoint.methodName(), 1, Integer::sum);
      String operationId = seen == 1 ? endpoint.methodName() : endpoint.methodName() + "_" + seen;
      Map<String, Object> operation =
          new OpenApiOperation(endpoint, docComments, schemas).toMap(operationId);
      paths
          .computeIfAbsent(openApiPath(endpoint), path -> new LinkedHashMap<>())
          .putIfAbsent(method.toLowerCase(Locale.ROOT), operation);
    }
    document.put("paths", paths);
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("schemas", schemas.components());
    components.put("responses", ProblemResponses.all());
    document.put("components", components);
    return JsonText.of(document);
  }

  /** {@code /files/{path}} for {@code /files/{path...}}: OpenAPI has one kind of wildcard. */
  private static String openApiPath(EndpointModel endpoint) {
    StringBuilder path = new StringBuilder();
    for (Segment segment : endpoint.pattern().segments()) {
      path.append('/')
          .append(
              segment instanceof Segment.Rest rest ? "{" + rest.name() + "}" : segment.toString());
    }
    return path.length() == 0 ? "/" : path.toString();
  }
}
