package dev.planned.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.planned.Body;
import dev.planned.Endpoint;
import dev.planned.Header;
import dev.planned.Principal;
import dev.planned.Query;
import dev.planned.Reply;
import dev.planned.Request;
import dev.planned.RequestAttribute;
import dev.planned.Response;
import dev.planned.internal.HttpTokens;
import dev.planned.processor.model.Conversion;
import dev.planned.processor.model.Parameter;
import dev.planned.processor.model.Parameter.BodyKind;
import dev.planned.processor.model.PathPattern;
import dev.planned.processor.model.Result;
import dev.planned.processor.model.Segment;
import dev.planned.processor.model.Shape;
import dev.planned.processor.report.Message;
import dev.planned.processor.report.Report;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the models of an endpoint method's signature: how each parameter is bound ({@link
 * Parameter}) and how the result is written ({@link Result}). What cannot be modelled is added to
 * the report, on the parameter or method at fault, and the model is then absent.
 */
final class SignatureModels {
  /** Methods whose requests carry no body a server should read (RFC 9110 9.3.1, 9.3.2). */
  private static final Set<String> BODYLESS_METHODS = Set.of("GET", "HEAD");

  private final Types types;
  private final Conversions conversions;

  SignatureModels(Elements elements, Types types) {
    this.types = types;
    this.conversions = new Conversions(elements, types);
  }

  /** The result's model; empty once the report says why the return type cannot be written. */
  Optional<Result> result(ExecutableElement method, Report report) {
    String name = method.getSimpleName() + "()";
    int declaredStatus = method.getAnnotation(Endpoint.class).status();
    TypeMirror type = method.getReturnType();
    boolean async = isClass(type, CompletionStage.class) || isClass(type, CompletableFuture.class);
    TypeMirror completed = async ? typeArgument(type) : type;
    if (completed != null && isClass(completed, Void.class)) {
      completed = types.getNoType(TypeKind.VOID);
    }
    if (completed != null && isClass(completed, Response.class)) {
      if (declaredStatus != 0) {
        report.add(
            method, Endpoint.class, "status", Message.RESPONSE_WITH_STATUS, name, declaredStatus);
        return Optional.empty();
      }
      return Optional.of(
          new Result(Result.Kind.RESPONSE, TypeName.get(Response.class), false, async, 0, false));
    }
    boolean optional = completed != null && isClass(completed, Optional.class);
    TypeMirror written = optional ? typeArgument(completed) : completed;
    boolean reply = written != null && isClass(written, Reply.class);
    if (reply) {
      written = typeArgument(written); // the body
      if (written != null && isClass(written, Void.class)) {
        report.add(method, Message.REPLY_WITHOUT_BODY, name, type);
        return Optional.empty();
      }
    }
    Result.Kind kind = resultKind(written);
    if (kind == null || optional && kind == Result.Kind.NO_CONTENT || written == null) {
      report.add(method, Message.RESULT_UNSUPPORTED, name, type);
      return Optional.empty();
    }
    int status =
        declaredStatus != 0 || reply ? declaredStatus : kind == Result.Kind.NO_CONTENT ? 204 : 200;
    if (status != 0 && status < 200 || status > 299) {
      report.add(method, Endpoint.class, "status", Message.STATUS_NOT_SUCCESS, status, name);
      return Optional.empty();
    }
    if ((status == 204 || status == 205) && kind != Result.Kind.NO_CONTENT) {
      report.add(method, Endpoint.class, "status", Message.STATUS_WITHOUT_BODY, status, name, type);
      return Optional.empty();
    }
    TypeName typeName =
        kind == Result.Kind.NO_CONTENT ? TypeName.VOID : TypeName.get(written).box();
    return Optional.of(new Result(kind, typeName, optional, async, status, reply));
  }

  private Result.Kind resultKind(TypeMirror type) {
    if (type == null) {
      return null;
    }
    if (type.getKind() == TypeKind.VOID) {
      return Result.Kind.NO_CONTENT;
    }
    if (isClass(type, String.class)) {
      return Result.Kind.TEXT;
    }
    if (isByteArray(type)) {
      return Result.Kind.BYTES;
    }
    if (isClass(type, Response.class)
        || isClass(type, Optional.class)
        || isClass(type, Void.class)
        || isClass(type, Reply.class)
        || isClass(type, CompletionStage.class)
        || isClass(type, CompletableFuture.class)) {
      return null;
    }
    return isJsonType(type) ? Result.Kind.JSON : null;
  }

  /** How each parameter is bound; empty once the report says which parameter cannot be. */
  Optional<List<Parameter>> parameters(
      ExecutableElement method, PathPattern declared, PathPattern pattern, Report report) {
    Map<String, Parameter.PathValue> wildcards = wildcardsOf(pattern);
    Binding binding = new Binding(method, declared, wildcards, report);
    for (VariableElement parameter : method.getParameters()) {
      binding.bind(parameter);
    }
    for (String wildcard : wildcards.keySet()) {
      if (!bindsPathParameter(method, wildcard)) {
        report.add(
            method,
            Endpoint.class,
            "value",
            Message.WILDCARD_BINDS_NO_PARAMETER,
            wildcard,
            declared,
            binding.methodName,
            wildcard);
        binding.valid = false;
      }
    }
    return binding.valid ? Optional.of(binding.parameters) : Optional.empty();
  }

  /**
   * The pattern's wildcards by name, each with its segment's index: what a path parameter binds.
   */
  private static Map<String, Parameter.PathValue> wildcardsOf(PathPattern pattern) {
    Map<String, Parameter.PathValue> wildcards = new LinkedHashMap<>();
    for (int i = 0; i < pattern.segments().size(); i++) {
      Segment segment = pattern.segments().get(i);
      if (segment instanceof Segment.Wildcard w) {
        wildcards.put(w.name(), new Parameter.PathValue(w.name(), null, i, false, null));
      } else if (segment instanceof Segment.Rest r) {
        wildcards.put(r.name(), new Parameter.PathValue(r.name(), null, i, true, null));
      }
    }
    return wildcards;
  }

  /** Whether a parameter named after the wildcard takes its value from the path. */
  private static boolean bindsPathParameter(ExecutableElement method, String wildcard) {
    return method.getParameters().stream()
        .anyMatch(
            p ->
                p.getSimpleName().contentEquals(wildcard)
                    && p.getAnnotation(Query.class) == null
                    && p.getAnnotation(Header.class) == null
                    && p.getAnnotation(Body.class) == null
                    && !isClass(p.asType(), Request.class)
                    && p.getAnnotation(RequestAttribute.class) == null
                    && p.getAnnotation(Principal.class) == null);
  }

  /** The parameters of one method, bound in order; remembers the body and request already seen. */
  private final class Binding {
    final String methodName;
    final PathPattern declared;
    final Map<String, Parameter.PathValue> wildcards;
    final Report report;
    final List<Parameter> parameters = new ArrayList<>();
    boolean valid = true;
    VariableElement body;
    VariableElement request;

    Binding(
        ExecutableElement method,
        PathPattern declared,
        Map<String, Parameter.PathValue> wildcards,
        Report report) {
      this.methodName = method.getSimpleName() + "()";
      this.declared = declared;
      this.wildcards = wildcards;
      this.report = report;
    }

    void bind(VariableElement parameter) {
      Optional<Parameter> bound = bindOne(parameter);
      bound.ifPresent(parameters::add);
      valid &= bound.isPresent();
    }

    private Optional<Parameter> bindOne(VariableElement parameter) {
      String name = parameter.getSimpleName().toString();
      Query query = parameter.getAnnotation(Query.class);
      Header header = parameter.getAnnotation(Header.class);
      boolean isBody = parameter.getAnnotation(Body.class) != null;
      RequestAttribute attribute = parameter.getAnnotation(RequestAttribute.class);
      boolean isPrincipal = parameter.getAnnotation(Principal.class) != null;
      int sources = (query != null ? 1 : 0) + (header != null ? 1 : 0) + (isBody ? 1 : 0);
      if (attribute != null || isPrincipal) {
        if (sources > 0 || attribute != null && isPrincipal) {
          report.add(
              parameter,
              Message.ATTRIBUTE_WITH_OTHER_SOURCE,
              name,
              methodName,
              isPrincipal ? "@Principal" : "@RequestAttribute");
          return Optional.empty();
        }
        return attributeValue(
            parameter,
            methodName,
            isPrincipal ? dev.planned.Attribute.PRINCIPAL : attribute.value(),
            report);
      }
      if (sources > 1) {
        report.add(parameter, Message.PARAMETER_WITH_TWO_SOURCES, name, methodName);
        return Optional.empty();
      }
      if (isBody) {
        return bodyOnce(parameter);
      }
      if (header != null) {
        return named(parameter, methodName, true, header.value(), header.defaultValue(), report);
      }
      if (query != null) {
        return named(parameter, methodName, false, query.value(), query.defaultValue(), report);
      }
      if (isClass(parameter.asType(), Request.class)) {
        return requestOnce(parameter);
      }
      return pathValue(parameter, methodName, declared, wildcards, report);
    }

    private Optional<Parameter> bodyOnce(VariableElement parameter) {
      String name = parameter.getSimpleName().toString();
      VariableElement earlier = body;
      body = parameter;
      if (earlier != null) {
        report.add(parameter, Message.BODY_TWICE, methodName, earlier.getSimpleName(), name);
        return Optional.empty();
      }
      if (BODYLESS_METHODS.contains(declared.method())) {
        report.add(parameter, Message.BODY_ON_BODYLESS_METHOD, name, methodName, declared.method());
        return Optional.empty();
      }
      Optional<Parameter> bound = body(parameter, methodName, report);
      if (declared.method().equals("DELETE")) {
        report.add(parameter, Body.class, "", Message.BODY_ON_DELETE, name, methodName);
      }
      return bound;
    }

    private Optional<Parameter> requestOnce(VariableElement parameter) {
      String name = parameter.getSimpleName().toString();
      VariableElement earlier = request;
      request = parameter;
      if (earlier != null) {
        report.add(parameter, Message.REQUEST_TWICE, methodName, name);
        return Optional.empty();
      }
      return Optional.of(new Parameter.WholeRequest(name));
    }
  }

  /**
   * A {@code @RequestAttribute} or {@code @Principal} parameter: its key's type is the parameter's
   * class, or the class an {@code Optional} holds. A key is {@code Attribute.of(name, Class)}, so a
   * primitive, an array, a type variable or a generic class has no key.
   */
  private Optional<Parameter> attributeValue(
      VariableElement parameter, String methodName, String attributeName, Report report) {
    String name = parameter.getSimpleName().toString();
    if (attributeName.isEmpty()) {
      report.add(
          parameter,
          RequestAttribute.class,
          "value",
          Message.ATTRIBUTE_NAME_EMPTY,
          name,
          methodName);
      return Optional.empty();
    }
    TypeMirror type = parameter.asType();
    boolean optional = isClass(type, Optional.class);
    TypeMirror keyType = type;
    if (optional) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      keyType = arguments.size() == 1 ? arguments.get(0) : null;
    }
    if (keyType == null || !isKeyable(keyType)) {
      String shown = keyType == null ? "a raw Optional" : kindOf(keyType);
      report.add(
          parameter,
          Message.ATTRIBUTE_TYPE_UNKEYABLE,
          name,
          methodName,
          shown,
          keyType == null ? "" : simpleName(keyType),
          keyType != null && keyType.getKind().isPrimitive()
              ? "use "
                  + simpleName(
                      types.boxedClass((javax.lang.model.type.PrimitiveType) keyType).asType())
              : "such as User");
      return Optional.empty();
    }
    return Optional.of(
        new Parameter.AttributeValue(
            name, attributeName, TypeName.get(type), TypeName.get(keyType), optional));
  }

  /**
   * A class or interface without type parameters: what {@code Attribute.of(name, X.class)} holds.
   */
  private static boolean isKeyable(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).getTypeArguments().isEmpty()
        && ((TypeElement) ((DeclaredType) type).asElement()).getTypeParameters().isEmpty();
  }

  private static String kindOf(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return "the primitive";
    }
    return switch (type.getKind()) {
      case ARRAY -> "the array";
      case TYPEVAR -> "the type variable";
      case DECLARED -> "the generic type";
      default -> "the type";
    };
  }

  private Optional<Parameter> pathValue(
      VariableElement parameter,
      String methodName,
      PathPattern declared,
      Map<String, Parameter.PathValue> wildcards,
      Report report) {
    String name = parameter.getSimpleName().toString();
    Parameter.PathValue wildcard = wildcards.get(name);
    if (wildcard == null) {
      report.add(
          parameter,
          Message.PARAMETER_MATCHES_NO_WILDCARD,
          name,
          methodName,
          declared,
          wildcards.isEmpty() ? "" : " (" + wildcardList(wildcards.keySet()) + ")",
          name);
      return Optional.empty();
    }
    TypeMirror type = parameter.asType();
    if (isClass(type, Optional.class) || isOptionalPrimitive(type) || isClass(type, List.class)) {
      report.add(parameter, Message.PATH_PARAMETER_OPTIONAL, name, methodName, simpleName(type));
      return Optional.empty();
    }
    Optional<Conversion> conversion = conversions.of(type);
    if (conversion.isEmpty()) {
      report.add(parameter, Message.PARAMETER_UNSUPPORTED, name, methodName, type);
      return Optional.empty();
    }
    return Optional.of(
        new Parameter.PathValue(
            name, TypeName.get(type), wildcard.index(), wildcard.rest(), conversion.get()));
  }

  /** A {@code @Query} or {@code @Header} parameter: its name, shape, conversion and default. */
  private Optional<Parameter> named(
      VariableElement parameter,
      String methodName,
      boolean header,
      String declaredName,
      String defaultValue,
      Report report) {
    String javaName = parameter.getSimpleName().toString();
    String name = declaredName.isEmpty() ? javaName : declaredName;
    Class<? extends Annotation> annotationType = header ? Header.class : Query.class;
    if (header && !HttpTokens.isToken(name)) {
      report.add(
          parameter,
          annotationType,
          "value",
          Message.HEADER_NAME_NOT_TOKEN,
          name,
          javaName,
          methodName);
      return Optional.empty();
    }
    TypeMirror type = parameter.asType();
    Shape shape = shapeOf(type);
    TypeMirror valueType =
        shape == Shape.OPTIONAL || shape == Shape.LIST ? typeArgument(type) : type;
    Optional<Conversion> conversion =
        shape.name().startsWith("OPTIONAL_")
            ? Optional.of(Conversion.identity())
            : valueType == null ? Optional.empty() : conversions.of(valueType);
    if (conversion.isEmpty()) {
      report.add(parameter, Message.PARAMETER_UNSUPPORTED, javaName, methodName, type);
      return Optional.empty();
    }
    boolean hasDefault = !defaultValue.equals(Query.NONE);
    if (hasDefault && shape != Shape.REQUIRED) {
      report.add(
          parameter,
          annotationType,
          "defaultValue",
          Message.DEFAULT_ON_OPTIONAL,
          javaName,
          methodName,
          simpleName(type));
      return Optional.empty();
    }
    if (hasDefault
        && !DefaultValues.converts(
            defaultValue, conversion.get(), Conversions.enumConstants(valueType))) {
      report.add(
          parameter,
          annotationType,
          "defaultValue",
          Message.DEFAULT_DOES_NOT_CONVERT,
          defaultValue,
          header ? "@Header" : "@Query",
          javaName,
          methodName,
          conversion.get().description());
      return Optional.empty();
    }
    return Optional.of(
        new Parameter.NamedValue(
            javaName,
            header,
            name,
            TypeName.get(type),
            shape,
            conversion.get(),
            hasDefault ? Optional.of(defaultValue) : Optional.empty()));
  }

  /** Whether a named value is required, optional or repeated, by its declared type. */
  private static Shape shapeOf(TypeMirror type) {
    if (isClass(type, Optional.class)) {
      return Shape.OPTIONAL;
    }
    if (isClass(type, List.class)) {
      return Shape.LIST;
    }
    if (isClass(type, OptionalInt.class)) {
      return Shape.OPTIONAL_INT;
    }
    if (isClass(type, OptionalLong.class)) {
      return Shape.OPTIONAL_LONG;
    }
    if (isClass(type, OptionalDouble.class)) {
      return Shape.OPTIONAL_DOUBLE;
    }
    return Shape.REQUIRED;
  }

  private Optional<Parameter> body(VariableElement parameter, String methodName, Report report) {
    String name = parameter.getSimpleName().toString();
    TypeMirror type = parameter.asType();
    BodyKind kind;
    if (isClass(type, String.class)) {
      kind = BodyKind.TEXT;
    } else if (isByteArray(type)) {
      kind = BodyKind.BYTES;
    } else if (isClass(type, InputStream.class)) {
      kind = BodyKind.STREAM;
    } else if (isClass(type, Optional.class) || isClass(type, Request.class) || !isJsonType(type)) {
      report.add(parameter, Message.BODY_UNSUPPORTED, name, methodName, type);
      return Optional.empty();
    } else {
      kind = BodyKind.JSON;
    }
    return Optional.of(new Parameter.BodyValue(name, kind, TypeName.get(type)));
  }

  /** A declared or array type with no wildcard or type variable anywhere: a codec can use it. */
  private boolean isJsonType(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      return component.getKind().isPrimitive() || isJsonType(component);
    }
    if (type.getKind().isPrimitive()) {
      return true;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      if (argument.getKind() != TypeKind.DECLARED && argument.getKind() != TypeKind.ARRAY
          || !isJsonType(argument)) {
        return false;
      }
    }
    return true;
  }

  private static TypeMirror typeArgument(TypeMirror type) {
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (arguments.size() != 1
        || arguments.get(0).getKind() != TypeKind.DECLARED
            && arguments.get(0).getKind() != TypeKind.ARRAY) {
      return null;
    }
    return arguments.get(0);
  }

  private boolean isByteArray(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
  }

  private static boolean isOptionalPrimitive(TypeMirror type) {
    return isClass(type, OptionalInt.class)
        || isClass(type, OptionalLong.class)
        || isClass(type, OptionalDouble.class);
  }

  static boolean isClass(TypeMirror type, Class<?> expected) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(expected.getCanonicalName());
  }

  private static String simpleName(TypeMirror type) {
    String full = type.toString();
    return full.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }

  private static String wildcardList(Collection<String> names) {
    return names.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "));
  }
}
