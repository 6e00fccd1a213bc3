package dev.planned.processor;

import com.google.auto.service.AutoService;
import dev.planned.Body;
import dev.planned.Client;
import dev.planned.Endpoint;
import dev.planned.Header;
import dev.planned.Planned;
import dev.planned.Principal;
import dev.planned.Query;
import dev.planned.RequestAttribute;
import dev.planned.processor.codegen.ModelWriter;
import dev.planned.processor.codegen.OpenApiWriter;
import dev.planned.processor.report.Diagnostics;
import dev.planned.processor.report.Message;
import dev.planned.processor.report.Report;
import dev.planned.processor.validation.ApiModelBuilder;
import dev.planned.processor.validation.ClientValidator;
import dev.planned.processor.validation.PlacementValidator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Generated;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Generates an {@code <Api>Dispatcher} for every interface with {@code @Endpoint} methods, and its
 * OpenAPI document ({@link OpenApiWriter}). This class does rounds and deferral only; the work is
 * in its steps.
 *
 * <p>Each round: find the API interfaces and check where Planned's annotations sit ({@link
 * PlacementValidator}); defer the APIs whose signatures name types that do not exist yet (another
 * processor may generate them in a later round); hand each other one to the {@link ApiStep}, which
 * builds its model, checks its routes, and writes its files. When processing is over, an API still
 * deferred is reported, naming the type that never appeared.
 */
@AutoService(Processor.class)
public final class PlannedProcessor extends AbstractProcessor {
  /**
   * {@code -Aplanned.summary} (or {@code =true}) prints a NOTE per API such as {@code LibraryApi: 7
   * endpoints, 2 planned (1 for 2.0)}. Off by default: a build stays quiet.
   */
  public static final String SUMMARY_OPTION = "planned.summary";

  /**
   * {@code -Aplanned.openapi=false} writes no OpenAPI document; on by default. The document's title
   * and version: {@code -Aplanned.openapi.title} (else the interface's simple name) and {@code
   * -Aplanned.openapi.version} (else {@value #UNVERSIONED}), e.g. from Maven's {@code
   * ${project.version}}.
   */
  public static final String OPENAPI_OPTION = "planned.openapi";

  public static final String OPENAPI_TITLE_OPTION = "planned.openapi.title";
  public static final String OPENAPI_VERSION_OPTION = "planned.openapi.version";
  static final String UNVERSIONED = "unversioned";

  /**
   * APIs deferred by a previous round, by qualified name, looked up afresh each round, with the
   * type that did not resolve.
   */
  private final Map<String, String> deferred = new TreeMap<>();

  /** APIs already written, so that a deferred one is never written twice. */
  private final Set<String> written = new TreeSet<>();

  private Diagnostics diagnostics;
  private ApiStep step;

  /**
   * Planned's annotations, and {@code @Generated}: the dispatchers carry it, and javac's {@code
   * -Xlint:processing} (part of {@code -Xlint:all}) warns about an annotation in a round that no
   * processor claims, which would break users' {@code -Werror} builds.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        Endpoint.class.getCanonicalName(),
        Planned.class.getCanonicalName(),
        Query.class.getCanonicalName(),
        Header.class.getCanonicalName(),
        Body.class.getCanonicalName(),
        Client.class.getCanonicalName(),
        Generated.class.getCanonicalName(),
        RequestAttribute.class.getCanonicalName(),
        Principal.class.getCanonicalName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SUMMARY_OPTION, OPENAPI_OPTION, OPENAPI_TITLE_OPTION, OPENAPI_VERSION_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException | Error e) {
      // A processor that throws takes the user's whole build down with a stack trace.
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      new Diagnostics(processingEnv.getMessager()).print(Message.PROCESSOR_FAILED, trace);
    }
    return true; // claimed: see getSupportedAnnotationTypes
  }

  private void processRound(RoundEnvironment round) {
    if (step == null) {
      diagnostics = new Diagnostics(processingEnv.getMessager());
      step =
          new ApiStep(
              new ApiModelBuilder(processingEnv.getElementUtils(), processingEnv.getTypeUtils()),
              writers(),
              diagnostics,
              processingEnv.getFiler(),
              summaryEnabled());
    }
    Set<TypeElement> apis = deferredApis();
    Report placement = new Report();
    apis.addAll(PlacementValidator.apis(round, placement));
    ClientValidator.checkPlacement(round, placement);
    placement.printTo(diagnostics);

    for (TypeElement api : apis) {
      String name = api.getQualifiedName().toString();
      if (written.contains(name)) {
        continue;
      }
      Optional<String> unresolved = UnresolvedTypes.firstIn(api);
      if (unresolved.isPresent()) {
        deferred.put(name, unresolved.get());
      } else if (step.process(api)) {
        written.add(name);
      }
    }
    if (round.processingOver()) {
      reportNeverResolved(round);
    }
  }

  /** The APIs deferred by the previous round, looked up afresh; the record of them cleared. */
  private Set<TypeElement> deferredApis() {
    Set<TypeElement> apis = new LinkedHashSet<>();
    for (String name : deferred.keySet()) {
      TypeElement api = processingEnv.getElementUtils().getTypeElement(name);
      if (api != null) {
        apis.add(api);
      }
    }
    deferred.clear();
    return apis;
  }

  /**
   * An API still deferred when processing is over names a type that never appeared, and gets no
   * dispatcher. As AutoValue and Dagger do, say so, naming the type, unless javac has raised an
   * error already: then that error is the one to read.
   */
  private void reportNeverResolved(RoundEnvironment round) {
    if (!round.errorRaised()) {
      for (Map.Entry<String, String> api : deferred.entrySet()) {
        TypeElement element = processingEnv.getElementUtils().getTypeElement(api.getKey());
        if (element != null) {
          diagnostics.print(
              element,
              Message.API_NEVER_RESOLVED,
              ApiModelBuilder.dispatcherName(element),
              element.getSimpleName(),
              api.getValue());
        }
      }
    }
    deferred.clear();
  }

  /** The dispatcher, and unless {@value #OPENAPI_OPTION} is false, the OpenAPI document. */
  private List<ModelWriter> writers() {
    Map<String, String> options = processingEnv.getOptions();
    String openApi = options.get(OPENAPI_OPTION);
    if ("false".equals(openApi)) {
      return List.of(ModelWriter.DISPATCHER);
    }
    if (openApi != null && !openApi.equals("true")) {
      diagnostics.print(Message.OPENAPI_OPTION_INVALID, OPENAPI_OPTION, openApi);
    }
    return List.of(
        ModelWriter.DISPATCHER,
        new OpenApiWriter(
            processingEnv,
            diagnostics,
            options.get(OPENAPI_TITLE_OPTION),
            options.getOrDefault(OPENAPI_VERSION_OPTION, UNVERSIONED)));
  }

  /** Whether {@value #SUMMARY_OPTION} asks for a roadmap note per API: off unless set. */
  private boolean summaryEnabled() {
    String value = processingEnv.getOptions().get(SUMMARY_OPTION);
    if (!processingEnv.getOptions().containsKey(SUMMARY_OPTION) || "false".equals(value)) {
      return false;
    }
    if (value != null && !value.equals("true")) {
      diagnostics.print(Message.SUMMARY_OPTION_INVALID, SUMMARY_OPTION, value);
      return false;
    }
    return true;
  }
}
