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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * Checks one API interface and builds its {@link ApiModel}. Every problem is reported on the
 * element (and annotation value) at fault, and checking goes on, so that one compilation shows
 * every error of the interface; the model is built only when there was none.
 */
public final class ApiValidator {
  private final Diagnostics diagnostics;
  private final SignatureChecker signatures;
  /** An interface's @Planned link is checked for each endpoint it plans; warn about it once. */
  private final Set<Element> warnedLinks = new HashSet<>();

  public ApiValidator(Diagnostics diagnostics, Elements elements, Types types) {
    this.diagnostics = diagnostics;
    this.signatures = new SignatureChecker(diagnostics, elements, types);
  }

  /** The model of the interface, or empty if it has errors (all of them reported). */
  public Optional<ApiModel> validate(TypeElement api) {
    int errorsBefore = diagnostics.errorCount();
    checkInterface(api);
    List<Segment> base = basePath(api);

    List<Candidate> candidates = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(api.getEnclosedElements())) {
      if (method.getAnnotation(Endpoint.class) != null) {
        Candidate candidate = endpoint(api, method, base);
        if (candidate != null) {
          candidates.add(candidate);
        }
      }
    }
    checkOverlaps(candidates);
    warnAboutCaseOnlyDifferences(candidates);
    List<EndpointModel> endpoints = new ArrayList<>();
    for (Candidate candidate : candidates) {
      endpoints.add(new EndpointModel(candidate.method, candidate.pattern, candidate.parameters,
          candidate.result, plan(api, candidate, candidates)));
    }
    if (diagnostics.errorCount() > errorsBefore || base == null) {
      return Optional.empty();
    }
    return Optional.of(new ApiModel(api, dispatcherName(api),
        api.getModifiers().contains(Modifier.PUBLIC), endpoints));
  }

  /** {@code LibraryApi} gets {@code LibraryApiDispatcher}; {@code Outer.Api} gets {@code Outer_ApiDispatcher}. */
  public static ClassName dispatcherName(TypeElement api) {
    ClassName name = ClassName.get(api);
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + "Dispatcher");
  }

  private void checkInterface(TypeElement api) {
    String name = api.getSimpleName().toString();
    if (!api.getTypeParameters().isEmpty()) {
      diagnostics.error(api, "API interface " + name + " is generic: a dispatcher serves one"
          + " concrete API, so remove the type parameters.");
    }
    if (api.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(api, "API interface " + name + " is private: its generated dispatcher lives"
          + " beside it in the package, so make it package-private or public.");
    }
    for (Element enclosing = api.getEnclosingElement();
        enclosing != null && enclosing.getKind() != ElementKind.PACKAGE;
        enclosing = enclosing.getEnclosingElement()) {
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.error(api, "API interface " + name + " is nested in the private "
            + enclosing.getSimpleName() + ": the generated dispatcher cannot see it; make "
            + enclosing.getSimpleName() + " package-private or public.");
        break;
      }
    }
    TypeElement parent = apiAmongSuperinterfaces(api);
    if (parent != null) {
      diagnostics.error(api, "API interface " + name + " extends " + parent.getSimpleName()
          + ", which declares endpoints of its own: a dispatcher serves only the endpoints its"
          + " interface declares. Serve both APIs together, e.g. JdkHttpServers.handler(a, b),"
          + " instead of extending, or move the endpoints into one interface.");
    }
    Planned planned = api.getAnnotation(Planned.class);
    if (planned != null && !planned.alternative().isBlank()) {
      diagnostics.error(api, Planned.class, "alternative", "@Planned on interface " + name
          + " names an alternative, but an alternative is one endpoint's: move it to the"
          + " @Planned of the endpoint it stands in for.");
    }
  }

  /** A superinterface, at any depth, that declares {@code @Endpoint} methods; null if none. */
  private static TypeElement apiAmongSuperinterfaces(TypeElement type) {
    for (TypeMirror parentType : type.getInterfaces()) {
      if (!(parentType instanceof DeclaredType declared)) {
        continue;
      }
      TypeElement parent = (TypeElement) declared.asElement();
      boolean declaresEndpoints = ElementFilter.methodsIn(parent.getEnclosedElements()).stream()
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

  /** The literal segments of the interface's base path; null if it does not parse. */
  private List<Segment> basePath(TypeElement api) {
    Endpoint endpoint = api.getAnnotation(Endpoint.class);
    if (endpoint == null) {
      return List.of();
    }
    try {
      return PatternParser.parseBasePath(endpoint.value());
    } catch (InvalidPatternException e) {
      diagnostics.error(api, Endpoint.class, "value", e.getMessage());
      return null;
    }
  }

  /** One endpoint method checked on its own; null if its pattern does not parse. */
  private Candidate endpoint(TypeElement api, ExecutableElement method, List<Segment> base) {
    String name = method.getSimpleName() + "()";
    if (method.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(method, "Endpoint " + name + " is static: an endpoint is implemented in the"
          + " dispatcher's subclass, so declare it abstract (no body, no static).");
    } else if (method.isDefault()) {
      diagnostics.error(method, "Endpoint " + name + " has a default body: an endpoint is"
          + " implemented in the dispatcher's subclass, so remove the body (or @Planned it).");
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(method, "Endpoint " + name + " is generic: the dispatcher cannot choose a"
          + " type argument for a request, so remove its type parameters.");
    }
    String clash = dispatcherMethodClash(method);
    if (clash != null) {
      diagnostics.error(method, "Endpoint " + name + " has the signature of " + clash + ", which"
          + " the generated dispatcher implements: rename the method.");
    }
    Result result = signatures.result(method);

    PathPattern declared;
    try {
      declared = PatternParser.parse(method.getAnnotation(Endpoint.class).value());
    } catch (InvalidPatternException e) {
      diagnostics.error(method, Endpoint.class, "value", e.getMessage());
      return null;
    }
    PathPattern pattern = declared.under(base == null ? List.of() : base);
    List<Parameter> parameters = signatures.parameters(method, declared, pattern);
    if (result == null || parameters == null) {
      // already reported; the pattern still takes part in the overlap and alternative checks
      return new Candidate(method, declared, pattern, List.of(), null);
    }
    return new Candidate(method, declared, pattern, parameters, result);
  }

  /** The {@code Dispatcher} method an endpoint method would override by accident, or null. */
  private static String dispatcherMethodClash(ExecutableElement method) {
    List<? extends VariableElement> parameters = method.getParameters();
    if (method.getSimpleName().contentEquals("routes") && parameters.isEmpty()) {
      return "Dispatcher.routes()";
    }
    if (method.getSimpleName().contentEquals("dispatch") && parameters.size() == 1
        && SignatureChecker.isClass(parameters.get(0).asType(), Request.class)) {
      return "Dispatcher.dispatch(Request)";
    }
    return null;
  }

  /** Reports patterns of one method that match the same requests, naming both endpoints. */
  private void checkOverlaps(List<Candidate> candidates) {
    for (int j = 0; j < candidates.size(); j++) {
      Candidate later = candidates.get(j);
      for (int i = 0; i < j; i++) {
        Candidate earlier = candidates.get(i);
        if (!earlier.pattern.method().equals(later.pattern.method())) {
          continue;
        }
        Overlap.Relation relation = Overlap.compare(later.pattern, earlier.pattern);
        if (relation == Overlap.Relation.EQUIVALENT) {
          diagnostics.error(later.method, Endpoint.class, "value", "Route \"" + later.declared
              + "\" on " + later.name() + " matches the same requests as \"" + earlier.declared
              + "\" on " + earlier.name() + ": remove one, or change its method or path.");
          break;
        }
        if (relation == Overlap.Relation.CONFLICT) {
          diagnostics.error(later.method, Endpoint.class, "value", "Route \"" + later.declared
              + "\" on " + later.name() + " conflicts with \"" + earlier.declared + "\" on "
              + earlier.name() + ": both match " + later.pattern.method() + " "
              + Overlap.sharedPath(later.pattern, earlier.pattern) + " and neither is more"
              + " specific. Change one path, or make one more specific than the other.");
          break;
        }
      }
    }
  }

  /**
   * Warns about paths that differ only in the case of their literals ({@code /Books} beside
   * {@code /books}): paths are case-sensitive, so this is two resources, and most likely a typo.
   */
  private void warnAboutCaseOnlyDifferences(List<Candidate> candidates) {
    // shapes computed once: this compares every pair, and APIs reach a thousand endpoints
    List<String> shapes = candidates.stream().map(c -> shape(c.pattern)).toList();
    List<String> lowerShapes = shapes.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    for (int j = 0; j < candidates.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (lowerShapes.get(i).equals(lowerShapes.get(j)) && !shapes.get(i).equals(shapes.get(j))) {
          Candidate later = candidates.get(j);
          Candidate earlier = candidates.get(i);
          diagnostics.warning(later.method, Endpoint.class, "value", "Route \"" + later.declared
              + "\" on " + later.name() + " differs from \"" + earlier.declared + "\" on "
              + earlier.name() + " only in letter case: paths are case-sensitive, so clients must"
              + " match each exactly. Spell them the same.");
          break;
        }
      }
    }
  }

  /** The path with wildcards made anonymous, so that only literals tell two paths apart. */
  private static String shape(PathPattern pattern) {
    return pattern.segments().stream()
        .map(segment -> segment instanceof Segment.Literal literal ? literal.text()
            : segment instanceof Segment.Rest ? "{...}" : "{}")
        .collect(Collectors.joining("/", "/", ""));
  }

  /** The endpoint's own {@code @Planned}, else its interface's, else none. */
  private static Planned plannedOf(ExecutableElement method) {
    Planned own = method.getAnnotation(Planned.class);
    return own != null ? own : method.getEnclosingElement().getAnnotation(Planned.class);
  }

  private Optional<PlanModel> plan(TypeElement api, Candidate candidate, List<Candidate> all) {
    Planned planned = plannedOf(candidate.method);
    if (planned == null) {
      return Optional.empty();
    }
    Element annotated = candidate.method.getAnnotation(Planned.class) != null
        ? candidate.method
        : api;
    checkLink(annotated, planned.link());
    String alternative = planned.alternative().strip();
    String resolved = "";
    if (!alternative.isEmpty() && annotated == candidate.method) {
      resolved = resolveAlternative(api, candidate, all, alternative);
    }
    return Optional.of(new PlanModel(planned.value(), planned.release(), planned.link(), resolved,
        annotated == api));
  }

  /** Warns when a plan's link is not an absolute URL: clients get it as it is. */
  private void checkLink(Element annotated, String link) {
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
      diagnostics.warning(annotated, Planned.class, "link", "Link \"" + link + "\" of @Planned on "
          + annotated.getSimpleName() + " is not an absolute URL, and clients receive it as"
          + " written: write it in full, e.g. \"https://example.org/roadmap\".");
    }
  }

  /** The full pattern of the endpoint an alternative names, after reporting any problem. */
  private String resolveAlternative(TypeElement api, Candidate planned, List<Candidate> all,
      String alternative) {
    String normalized = alternative.replaceAll("\\s+", " ");
    Candidate target = null;
    for (Candidate candidate : all) {
      if (candidate.declared.toString().equals(normalized)
          || candidate.pattern.toString().equals(normalized)) {
        target = candidate;
        break;
      }
    }
    String problem = null;
    if (target == null) {
      String choices = all.stream()
          .filter(c -> plannedOf(c.method) == null)
          .map(c -> "\"" + c.declared + "\"")
          .collect(Collectors.joining(", "));
      problem = "Alternative \"" + alternative + "\" of " + planned.name() + " names no endpoint of "
          + api.getSimpleName() + ": write the pattern of an implemented endpoint"
          + (choices.isEmpty() ? ", or remove the alternative." : ", one of " + choices + ".");
    } else if (target == planned) {
      problem = "Alternative \"" + alternative + "\" of " + planned.name() + " names the endpoint"
          + " itself: name another, implemented endpoint, or remove the alternative.";
    } else if (plannedOf(target.method) != null) {
      problem = "Alternative \"" + alternative + "\" of " + planned.name() + " names "
          + target.name() + ", which is planned too: name an implemented endpoint, or remove"
          + " the alternative.";
    }
    if (problem != null) {
      diagnostics.error(planned.method, Planned.class, "alternative", problem);
      return "";
    }
    return target.pattern.toString();
  }

  /** An endpoint method whose pattern parsed, before its plan is resolved against the others. */
  private record Candidate(ExecutableElement method, PathPattern declared, PathPattern pattern,
      List<Parameter> parameters, Result result) {
    String name() {
      return method.getSimpleName() + "()";
    }
  }
}
