package dev.planned.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.planned.ApiDispatcher;
import dev.planned.Endpoint;
import dev.planned.JsonCodec;
import dev.planned.Planned;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Route;
import dev.planned.internal.RouteTable;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Writes a placeholder under the dispatcher's name for an API interface with errors, so that the
 * user sees only those errors, not also a "cannot find symbol" at each use of the dispatcher.
 *
 * <p>It has the real dispatcher's shape (its constructors, the planned endpoints final) so that a
 * subclass written against the real one raises no other error either, even under a compiler that
 * goes on checking after errors (ecj, or javac with {@code --should-stop=ifError=FLOW}). It never
 * lets a broken API compile: it is written only after the errors were reported, and an error fails
 * the compilation; its methods throw, should a compiler that goes on after errors (an IDE's) run it
 * anyway.
 */
public final class PlaceholderWriter {
  private static final String PROCESSOR = "dev.planned.processor.PlannedProcessor";

  /** The nested route table of the placeholder, whose every method throws. */
  private static final String UNAVAILABLE = "Unavailable";

  private PlaceholderWriter() {}

  /**
   * Whether a placeholder can stand in: not for an interface that the dispatcher could not
   * implement as written (generic, private, or nested in a private type), where it would only add
   * errors of its own.
   */
  public static boolean canStandIn(TypeElement api) {
    if (!api.getTypeParameters().isEmpty()) {
      return false;
    }
    for (Element e = api;
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
    }
    return true;
  }

  public static JavaFile write(TypeElement api, ClassName dispatcher) {
    ClassName apiName = ClassName.get(api);
    String problem =
        apiName.simpleName()
            + " has compile errors, so Planned generated no"
            + " dispatcher: fix them and compile again.";
    TypeSpec.Builder type =
        TypeSpec.classBuilder(dispatcher)
            .addOriginatingElement(api)
            .addJavadoc(
                "Stands in for the dispatcher of {@link $T}, which has compile errors: Planned"
                    + " reported\n"
                    + "them on it and generated no dispatcher. This placeholder only keeps each use"
                    + " of\n"
                    + "{@code $L} from adding a \"cannot find symbol\" error of its own; the"
                    + " compilation\n"
                    + "fails on the errors of {@code $L}.\n",
                apiName,
                dispatcher.simpleName(),
                apiName.simpleName())
            .addAnnotation(
                AnnotationSpec.builder(Generated.class).addMember("value", "$S", PROCESSOR).build())
            .addModifiers(Modifier.ABSTRACT)
            .superclass(ApiDispatcher.class)
            .addSuperinterface(apiName)
            .addField(
                FieldSpec.builder(
                        String.class, "PROBLEM", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$S", problem)
                    .build())
            .addMethods(constructors())
            .addMethod(
                failing(
                    MethodSpec.methodBuilder("routes")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(List.class, Route.class))))
            .addMethods(plannedEndpoints(api))
            .addType(unavailableTable(dispatcher));
    if (api.getModifiers().contains(Modifier.PUBLIC)) {
      type.addModifiers(Modifier.PUBLIC);
    }
    return JavaFile.builder(dispatcher.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** Both constructors of the real dispatcher, so that a subclass's constructor compiles. */
  private static List<MethodSpec> constructors() {
    return List.of(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PROTECTED)
            .addStatement("super(new $N())", UNAVAILABLE)
            .build(),
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PROTECTED)
            .addParameter(JsonCodec.class, "json")
            .addStatement("this()")
            .build());
  }

  /** The route table the dispatcher hands its base class: each method throws. */
  private static TypeSpec unavailableTable(ClassName dispatcher) {
    return TypeSpec.classBuilder(UNAVAILABLE)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(RouteTable.class), dispatcher))
        .addMethod(
            failing(
                MethodSpec.methodBuilder("find")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(int.class)
                    .addParameter(String.class, "method")
                    .addParameter(String.class, "path")))
        .addMethod(
            failing(
                MethodSpec.methodBuilder("invoke")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Response.class)
                    .addParameter(dispatcher, "api")
                    .addParameter(int.class, "route")
                    .addParameter(Request.class, "request")))
        .build();
  }

  /** The planned endpoints, final as in the real dispatcher: a subclass does not implement them. */
  private static List<MethodSpec> plannedEndpoints(TypeElement api) {
    boolean apiPlanned = api.getAnnotation(Planned.class) != null;
    List<MethodSpec> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(api.getEnclosedElements())) {
      boolean planned = apiPlanned || method.getAnnotation(Planned.class) != null;
      if (planned
          && method.getAnnotation(Endpoint.class) != null
          && method.getModifiers().contains(Modifier.ABSTRACT)) {
        methods.add(
            MethodSpec.overriding(method)
                .addModifiers(Modifier.FINAL)
                .addStatement("throw new $T(PROBLEM)", IllegalStateException.class)
                .build());
      }
    }
    return methods;
  }

  private static MethodSpec failing(MethodSpec.Builder method) {
    return method
        .addAnnotation(Override.class)
        .addModifiers(Modifier.FINAL)
        .addStatement("throw new $T(PROBLEM)", IllegalStateException.class)
        .build();
  }
}
