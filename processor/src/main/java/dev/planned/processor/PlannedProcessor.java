package dev.planned.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.planned.Body;
import dev.planned.Endpoint;
import dev.planned.Header;
import dev.planned.Planned;
import dev.planned.Query;
import dev.planned.processor.codegen.DispatcherWriter;
import dev.planned.processor.codegen.PlaceholderWriter;
import dev.planned.processor.model.ApiModel;
import dev.planned.processor.validation.ApiValidator;
import dev.planned.processor.validation.CrossApiOverlaps;
import dev.planned.processor.validation.Diagnostics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Generated;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates an {@code <Api>Dispatcher} for every interface with {@code @Endpoint} methods.
 *
 * <p>Each round: find the API interfaces; defer those whose signatures name types that do not
 * exist yet (another processor may generate them in a later round); check the others and build
 * their model ({@link ApiValidator}); write the ones without errors ({@link DispatcherWriter}), and
 * for one with errors a placeholder of the dispatcher's name ({@link PlaceholderWriter}), so that
 * its errors are all the user sees.
 */
@AutoService(Processor.class)
public final class PlannedProcessor extends AbstractProcessor {
  /** APIs deferred by a previous round, by qualified name, looked up afresh each round. */
  private final Set<String> deferred = new TreeSet<>();
  /** APIs already written, so that a deferred one is never written twice. */
  private final Set<String> written = new TreeSet<>();
  private boolean warnedAboutSummaryOption;
  /** The APIs of this compilation so far, to warn about routes that overlap across them. */
  private final List<ApiModel> compiled = new ArrayList<>();

  /**
   * {@code -Aplanned.summary} (or {@code =true}) prints a NOTE per API such as
   * {@code LibraryApi: 7 endpoints, 2 planned (1 for 2.0)}. Off by default: a build stays quiet.
   */
  public static final String SUMMARY_OPTION = "planned.summary";

  /**
   * Planned's annotations, and {@code @Generated}: the dispatchers carry it, and javac's
   * {@code -Xlint:processing} (part of {@code -Xlint:all}) warns about an annotation in a round
   * that no processor claims, which would break users' {@code -Werror} builds.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Endpoint.class.getCanonicalName(), Planned.class.getCanonicalName(),
        Query.class.getCanonicalName(), Header.class.getCanonicalName(),
        Body.class.getCanonicalName(), Generated.class.getCanonicalName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SUMMARY_OPTION);
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
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "Planned's processor failed unexpectedly; please report this with the trace: " + trace);
    }
    return true; // claimed: see getSupportedAnnotationTypes
  }

  private void processRound(RoundEnvironment round) {
    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
    Set<TypeElement> apis = new LinkedHashSet<>();
    for (String name : deferred) {
      TypeElement api = processingEnv.getElementUtils().getTypeElement(name);
      if (api != null) {
        apis.add(api);
      }
    }
    deferred.clear();
    for (Element element : round.getElementsAnnotatedWith(Endpoint.class)) {
      TypeElement api = apiOf(element, diagnostics);
      if (api != null) {
        apis.add(api);
      }
    }
    for (Element element : round.getElementsAnnotatedWith(Planned.class)) {
      checkPlannedPlacement(element, diagnostics);
    }

    ApiValidator validator = new ApiValidator(diagnostics, processingEnv.getElementUtils(),
        processingEnv.getTypeUtils());
    for (TypeElement api : apis) {
      String name = api.getQualifiedName().toString();
      if (written.contains(name)) {
        continue;
      }
      if (UnresolvedTypes.in(api)) {
        deferred.add(name);
        continue;
      }
      Optional<ApiModel> model = validator.validate(api);
      if (model.isPresent()) {
        CrossApiOverlaps.warn(model.get(), compiled, diagnostics);
        compiled.add(model.get());
        write(model.get());
        written.add(name);
        if (summaryEnabled()) {
          diagnostics.note(api, RoadmapSummary.of(model.get()));
        }
      } else if (PlaceholderWriter.canStandIn(api)) {
        // the errors are reported; without a class of the dispatcher's name, javac would add a
        // "cannot find symbol" at each use of it, burying them
        writePlaceholder(api);
        written.add(name);
      }
    }

    // An API still deferred when processing is over names a type that never appeared. javac reports
    // that type itself once processing is over ("cannot find symbol"); anything Planned added would
    // only repeat it, so the API is dropped silently.
    if (round.processingOver()) {
      deferred.clear();
    }
  }

  /**
   * {@code @Planned} belongs on an {@code @Endpoint} method, or on an API interface, where it plans
   * every endpoint without a plan of its own.
   */
  private static void checkPlannedPlacement(Element element, Diagnostics diagnostics) {
    String name = element.getSimpleName().toString();
    if (element.getKind() == ElementKind.METHOD) {
      if (element.getAnnotation(Endpoint.class) == null) {
        diagnostics.error(element, Planned.class, "value", "@Planned on " + name + "() needs an"
            + " @Endpoint: add the pattern it will serve, e.g. @Endpoint(\"GET /books\").");
      }
      return;
    }
    if (element.getKind() != ElementKind.INTERFACE) {
      diagnostics.error(element, Planned.class, "value", "@Planned is on "
          + element.getKind().toString().toLowerCase(Locale.ROOT) + " " + name + ": it belongs"
          + " on an API interface or one of its @Endpoint methods.");
      return;
    }
    boolean declaresEndpoints = element.getEnclosedElements().stream()
        .anyMatch(member -> member.getAnnotation(Endpoint.class) != null);
    if (!declaresEndpoints) {
      diagnostics.error(element, Planned.class, "value", "@Planned on interface " + name
          + " plans its endpoints, but it declares none: add @Endpoint methods, or remove"
          + " @Planned.");
    }
  }

  /** Whether {@value #SUMMARY_OPTION} asks for a roadmap note per API: off unless set. */
  private boolean summaryEnabled() {
    String value = processingEnv.getOptions().get(SUMMARY_OPTION);
    if (!processingEnv.getOptions().containsKey(SUMMARY_OPTION) || "false".equals(value)) {
      return false;
    }
    if (value != null && !value.equals("true")) {
      if (!warnedAboutSummaryOption) {
        warnedAboutSummaryOption = true;
        processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "Option -A"
            + SUMMARY_OPTION + "=" + value + " is neither true nor false: the summary stays off.");
      }
      return false;
    }
    return true;
  }

  /** The API interface an {@code @Endpoint} element belongs to, or null after an error. */
  private static TypeElement apiOf(Element element, Diagnostics diagnostics) {
    if (element.getKind() == ElementKind.INTERFACE) {
      return (TypeElement) element;
    }
    Element enclosing = element.getEnclosingElement();
    if (element.getKind() == ElementKind.METHOD && enclosing.getKind() == ElementKind.INTERFACE) {
      return (TypeElement) enclosing;
    }
    String where = element.getKind() == ElementKind.METHOD
        ? "method " + element.getSimpleName() + "() of " + enclosing.getSimpleName()
            + ", which is not an interface"
        : element.getKind().toString().toLowerCase(Locale.ROOT) + " "
            + element.getSimpleName();
    diagnostics.error(element, Endpoint.class, "value", "@Endpoint is on " + where + ": it belongs"
        + " on an API interface and its methods; move the endpoints to an interface and let the"
        + " class extend the generated dispatcher.");
    return null;
  }

  private void writePlaceholder(TypeElement api) {
    ClassName dispatcher = ApiValidator.dispatcherName(api);
    try {
      PlaceholderWriter.write(api, dispatcher).writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Could not write "
          + dispatcher + ": " + e.getMessage(), api);
    }
  }

  private void write(ApiModel model) {
    try {
      DispatcherWriter.write(model).writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Could not write "
          + model.dispatcher() + ": " + e.getMessage(), model.element());
    }
  }
}
