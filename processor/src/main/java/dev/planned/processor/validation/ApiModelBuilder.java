package dev.planned.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.planned.Endpoint;
import dev.planned.Planned;
import dev.planned.Request;
import dev.planned.processor.model.ApiModel;
import dev.planned.processor.model.EndpointModel;
import dev.planned.processor.model.Parameter;
import dev.planned.processor.model.PathPattern;
import dev.planned.processor.model.PlanModel;
import dev.planned.processor.model.Result;
import dev.planned.processor.model.Segment;
import dev.planned.processor.report.Checked;
import dev.planned.processor.report.Message;
import dev.planned.processor.report.Report;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link ApiModel} of one API interface, checking it on the way: the interface, its base
 * path, each endpoint's declaration and signature ({@link SignatureModels}), its routes against
 * each other ({@link RouteConflicts}) and its plans. Every problem goes into the report on the
 * element (and annotation value) at fault, and checking goes on, so that one compilation shows
 * every error of the interface; the model is built only when the report is clean.
 */
public final class ApiModelBuilder {
  private final SignatureModels signatures;

  /** An interface's @Planned link is checked for each endpoint it plans; warn about it once. */
  private final Set<Element> warnedLinks = new HashSet<>();

  public ApiModelBuilder(Elements elements, Types types) {
    this.signatures = new SignatureModels(elements, types);
  }

  /** The interface's report, and its model if the report holds no error. */
  public Checked<ApiModel> build(TypeElement api) {
    Report report = new Report();
    checkInterface(api, report);
    Optional<List<Segment>> base = basePath(api, report);
    List<Candidate> candidates = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(api.getEnclosedElements())) {
      if (method.getAnnotation(Endpoint.class) != null) {
        endpoint(method, base.orElse(List.of()), report).ifPresent(candidates::add);
      }
    }
    RouteConflicts.checkWithinApi(candidates, report);
    List<EndpointModel> endpoints = new ArrayList<>();
    for (Candidate candidate : candidates) {
      Optional<PlanModel> plan = plan(api, candidate, candidates, report);
      if (candidate.parameters().isPresent() && candidate.result().isPresent()) {
        endpoints.add(
            new EndpointModel(
                candidate.method(),
                candidate.pattern(),
                candidate.parameters().get(),
                candidate.result().get(),
                plan));
      }
    }
    if (!report.isClean()) {
      return Checked.failed(report);
    }
    return Checked.of(
        report,
        new ApiModel(
            api, dispatcherName(api), api.getModifiers().contains(Modifier.PUBLIC), endpoints));
  }

  /**
   * {@code LibraryApi} gets {@code LibraryApiDispatcher}; {@code Outer.Api} gets {@code
   * Outer_ApiDispatcher}.
   */
  public static ClassName dispatcherName(TypeElement api) {
    ClassName name = ClassName.get(api);
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + "Dispatcher");
  }

  private static void checkInterface(TypeElement api, Report report) {
    String name = api.getSimpleName().toString();
    if (!api.getTypeParameters().isEmpty()) {
      report.add(api, Message.API_GENERIC, name);
    }
    if (api.getModifiers().contains(Modifier.PRIVATE)) {
      report.add(api, Message.API_PRIVATE, name);
    }
    for (Element enclosing = api.getEnclosingElement();
        enclosing != null && enclosing.getKind() != ElementKind.PACKAGE;
        enclosing = enclosing.getEnclosingElement()) {
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        report.add(
            api,
            Message.API_IN_PRIVATE_TYPE,
            name,
            enclosing.getSimpleName(),
            enclosing.getSimpleName());
        break;
      }
    }
    TypeElement parent = apiAmongSuperinterfaces(api);
    if (parent != null) {
      report.add(api, Message.API_EXTENDS_API, name, parent.getSimpleName());
    }
    Planned planned = api.getAnnotation(Planned.class);
    if (planned != null && !planned.alternative().isBlank()) {
      report.add(api, Planned.class, "alternative", Message.PLANNED_INTERFACE_ALTERNATIVE, name);
    }
  }

  /** A superinterface, at any depth, that declares {@code @Endpoint} methods; null if none. */
  private static TypeElement apiAmongSuperinterfaces(TypeElement type) {
    for (TypeMirror parentType : type.getInterfaces()) {
      if (!(parentType instanceof DeclaredType declared)) {
        continue;
      }
      TypeElement parent = (TypeElement) declared.asElement();
      boolean declaresEndpoints =
          ElementFilter.methodsIn(parent.getEnclosedElements()).stream()
              .anyMatch(method -> method.getAnnotation(Endpoint.class) != null);
      if (declaresEndpoints) {
        return parent;
      }
      TypeElement further = apiAmongSuperinterfaces(parent);
      if (further != null) {
        return further;
      }
    }
    return null;
  }

  /** The literal segments of the interface's base path; empty if it does not parse. */
  private static Optional<List<Segment>> basePath(TypeElement api, Report report) {
    Endpoint endpoint = api.getAnnotation(Endpoint.class);
    if (endpoint == null) {
      return Optional.of(List.of());
    }
    Parsed<List<Segment>> parsed = PatternParser.parseBasePath(endpoint.value());
    parsed.problem().ifPresent(problem -> report.add(api, Endpoint.class, "value", problem));
    return parsed.value();
  }

  /** One endpoint method checked on its own; empty if its pattern does not parse. */
  private Optional<Candidate> endpoint(
      ExecutableElement method, List<Segment> base, Report report) {
    checkDeclaration(method, report);
    Optional<Result> result = signatures.result(method, report);
    Parsed<PathPattern> parsed = PatternParser.parse(method.getAnnotation(Endpoint.class).value());
    if (parsed.problem().isPresent()) {
      report.add(method, Endpoint.class, "value", parsed.problem().get());
      return Optional.empty();
    }
    PathPattern declared = parsed.value().orElseThrow();
    PathPattern pattern = declared.under(base);
    Optional<List<Parameter>> parameters = signatures.parameters(method, declared, pattern, report);
    return Optional.of(new Candidate(method, declared, pattern, parameters, result));
  }

  /** What the declaration of an endpoint method must not be: static, default, generic, a clash. */
  private static void checkDeclaration(ExecutableElement method, Report report) {
    String name = method.getSimpleName() + "()";
    if (method.getModifiers().contains(Modifier.STATIC)) {
      report.add(method, Message.ENDPOINT_STATIC, name);
    } else if (method.isDefault()) {
      report.add(method, Message.ENDPOINT_DEFAULT, name);
    }
    if (!method.getTypeParameters().isEmpty()) {
      report.add(method, Message.ENDPOINT_GENERIC, name);
    }
    String clash = dispatcherMethodClash(method);
    if (clash != null) {
      report.add(method, Message.ENDPOINT_CLASHES_WITH_DISPATCHER, name, clash);
    }
  }

  /** The {@code Dispatcher} method an endpoint method would override by accident, or null. */
  private static String dispatcherMethodClash(ExecutableElement method) {
    List<? extends VariableElement> parameters = method.getParameters();
    if (method.getSimpleName().contentEquals("routes") && parameters.isEmpty()) {
      return "Dispatcher.routes()";
    }
    boolean takesRequest =
        parameters.size() == 1
            && SignatureModels.isClass(parameters.get(0).asType(), Request.class);
    if (method.getSimpleName().contentEquals("dispatch") && takesRequest) {
      return "Dispatcher.dispatch(Request)";
    }
    if (method.getSimpleName().contentEquals("dispatchAsync") && takesRequest) {
      return "Dispatcher.dispatchAsync(Request)";
    }
    return null;
  }

  /** The endpoint's own {@code @Planned}, else its interface's, else none. */
  private static Planned plannedOf(ExecutableElement method) {
    Planned own = method.getAnnotation(Planned.class);
    return own != null ? own : method.getEnclosingElement().getAnnotation(Planned.class);
  }

  private Optional<PlanModel> plan(
      TypeElement api, Candidate candidate, List<Candidate> all, Report report) {
    Planned planned = plannedOf(candidate.method());
    if (planned == null) {
      return Optional.empty();
    }
    Element annotated =
        candidate.method().getAnnotation(Planned.class) != null ? candidate.method() : api;
    checkLink(annotated, planned.link(), report);
    String alternative = planned.alternative().strip();
    String resolved = "";
    if (!alternative.isEmpty() && annotated == candidate.method()) {
      resolved = resolveAlternative(api, candidate, all, alternative, report);
    }
    return Optional.of(
        new PlanModel(
            planned.value(), planned.release(), planned.link(), resolved, annotated == api));
  }

  /** Warns when a plan's link is not an absolute URL: clients get it as it is. */
  private void checkLink(Element annotated, String link, Report report) {
    if (link.isEmpty() || warnedLinks.contains(annotated)) {
      return;
    }
    boolean absolute;
    try {
      absolute = new URI(link).isAbsolute();
    } catch (URISyntaxException e) {
      absolute = false;
    }
    if (!absolute) {
      warnedLinks.add(annotated);
      report.add(
          annotated,
          Planned.class,
          "link",
          Message.PLANNED_LINK_NOT_ABSOLUTE,
          link,
          annotated.getSimpleName());
    }
  }

  /** The full pattern of the endpoint an alternative names; empty if it names none fit. */
  private static String resolveAlternative(
      TypeElement api, Candidate planned, List<Candidate> all, String alternative, Report report) {
    String normalized = alternative.replaceAll("\\s+", " ");
    Candidate target = null;
    for (Candidate candidate : all) {
      if (candidate.declared().toString().equals(normalized)
          || candidate.pattern().toString().equals(normalized)) {
        target = candidate;
        break;
      }
    }
    if (target == null) {
      String choices =
          all.stream()
              .filter(c -> plannedOf(c.method()) == null)
              .map(c -> "\"" + c.declared() + "\"")
              .collect(Collectors.joining(", "));
      if (choices.isEmpty()) {
        report.add(
            planned.method(),
            Planned.class,
            "alternative",
            Message.ALTERNATIVE_UNKNOWN,
            alternative,
            planned.name(),
            api.getSimpleName());
      } else {
        report.add(
            planned.method(),
            Planned.class,
            "alternative",
            Message.ALTERNATIVE_UNKNOWN_WITH_CHOICES,
            alternative,
            planned.name(),
            api.getSimpleName(),
            choices);
      }
      return "";
    }
    if (target == planned) {
      report.add(
          planned.method(),
          Planned.class,
          "alternative",
          Message.ALTERNATIVE_ITSELF,
          alternative,
          planned.name());
      return "";
    }
    if (plannedOf(target.method()) != null) {
      report.add(
          planned.method(),
          Planned.class,
          "alternative",
          Message.ALTERNATIVE_PLANNED,
          alternative,
          planned.name(),
          target.name());
      return "";
    }
    return target.pattern().toString();
  }
}
