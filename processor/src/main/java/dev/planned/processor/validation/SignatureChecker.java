package dev.planned.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.planned.Body;
import dev.planned.Endpoint;
import dev.planned.Header;
import dev.planned.Query;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.processor.model.Conversion;
import dev.planned.processor.model.Parameter;
import dev.planned.processor.model.Parameter.BodyKind;
import dev.planned.processor.model.PathPattern;
import dev.planned.processor.model.Result;
import dev.planned.processor.model.Segment;
import dev.planned.processor.model.Shape;
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
 * Checks how an endpoint method's parameters are bound and its result written, and models both.
 * Every problem is reported on the parameter or method at fault.
 */
final class SignatureChecker {
  /** Methods whose requests carry no body a server should read (RFC 9110 9.3.1, 9.3.2). */
  private static final Set<String> BODYLESS_METHODS = Set.of("GET", "HEAD");

  private final Diagnostics diagnostics;
  private final Types types;
  private final Conversions conversions;

  SignatureChecker(Diagnostics diagnostics, Elements elements, Types types) {
    this.diagnostics = diagnostics;
    this.types = types;
    this.conversions = new Conversions(elements, types);
  }

  /** The result's model; null after reporting why the method's return type cannot be written. */
  Result result(ExecutableElement method) {
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
        diagnostics.error(method, Endpoint.class, "status", "Endpoint " + name + " returns a"
            + " Response, which carries its own status: remove status = " + declaredStatus + ".");
        return null;
      }
      return new Result(Result.Kind.RESPONSE, TypeName.get(Response.class), false, async, 0);
    }
    boolean optional = completed != null && isClass(completed, Optional.class);
    TypeMirror written = optional ? typeArgument(completed) : completed;
    Result.Kind kind = resultKind(written);
    if (kind == null || optional && kind == Result.Kind.NO_CONTENT || written == null) {
      diagnostics.error(method, "Endpoint " + name + " returns " + type + ", which Planned cannot"
          + " write: return Response, String (text), byte[], void, a type the JSON codec writes"
          + " (without wildcards or type variables), an Optional of one, or a CompletionStage"
          + " of any of those.");
      return null;
    }
    int status = declaredStatus != 0 ? declaredStatus : kind == Result.Kind.NO_CONTENT ? 204 : 200;
    if (status < 200 || status > 299) {
      diagnostics.error(method, Endpoint.class, "status", "Status " + status + " of " + name
          + " is not a success status: use 2xx here, and throw HttpException for errors.");
      return null;
    }
    if ((status == 204 || status == 205) && kind != Result.Kind.NO_CONTENT) {
      diagnostics.error(method, Endpoint.class, "status", "Status " + status + " of " + name
          + " has no body, but the method returns " + type + ": return void, or use 200.");
      return null;
    }
    TypeName typeName = kind == Result.Kind.NO_CONTENT ? TypeName.VOID : TypeName.get(written).box();
    return new Result(kind, typeName, optional, async, status);
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
    if (isClass(type, Response.class) || isClass(type, Optional.class) || isClass(type, Void.class)
        || isClass(type, CompletionStage.class)
        || isClass(type, CompletableFuture.class)) {
      return null;
    }
    return isJsonType(type) ? Result.Kind.JSON : null;
  }

  /** How each parameter is bound; null after reporting a parameter that cannot be. */
  List<Parameter> parameters(ExecutableElement method, PathPattern declared, PathPattern pattern) {
    Map<String, Parameter.PathValue> wildcards = new LinkedHashMap<>();
    for (int i = 0; i < pattern.segments().size(); i++) {
      Segment segment = pattern.segments().get(i);
      if (segment instanceof Segment.Wildcard w) {
        wildcards.put(w.name(), new Parameter.PathValue(w.name(), null, i, false, null));
      } else if (segment instanceof Segment.Rest r) {
        wildcards.put(r.name(), new Parameter.PathValue(r.name(), null, i, true, null));
      }
    }
    String methodName = method.getSimpleName() + "()";
    List<Parameter> parameters = new ArrayList<>();
    boolean valid = true;
    VariableElement body = null;
    VariableElement request = null;
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      Query query = parameter.getAnnotation(Query.class);
      Header header = parameter.getAnnotation(Header.class);
      boolean isBody = parameter.getAnnotation(Body.class) != null;
      int sources = (query != null ? 1 : 0) + (header != null ? 1 : 0) + (isBody ? 1 : 0);
      Parameter bound = null;
      if (sources > 1) {
        diagnostics.error(parameter, "Parameter " + name + " of " + methodName + " has more than"
            + " one of @Query, @Header and @Body: keep the one it comes from.");
      } else if (isBody) {
        if (body != null) {
          diagnostics.error(parameter, "Endpoint " + methodName + " has two @Body parameters, "
              + body.getSimpleName() + " and " + name + ": a request has one body; keep one.");
        } else if (BODYLESS_METHODS.contains(declared.method())) {
          diagnostics.error(parameter, "Parameter " + name + " of " + methodName + " is the @Body"
              + " of a " + declared.method() + ", whose requests carry none: use POST, PUT or"
              + " PATCH, or take the value from @Query.");
        } else {
          bound = body(parameter, methodName);
          if (declared.method().equals("DELETE")) {
            diagnostics.warning(parameter, Body.class, "", "Parameter " + name + " of "
                + methodName + " is the @Body of a DELETE, to which RFC 9110 gives no meaning,"
                + " and which some clients and proxies drop: name what to delete in the path or"
                + " query, or use POST.");
          }
        }
        body = parameter;
      } else if (query != null || header != null) {
        bound = named(parameter, methodName, header != null,
            header != null ? header.value() : query.value(),
            header != null ? header.defaultValue() : query.defaultValue());
      } else if (isClass(parameter.asType(), Request.class)) {
        if (request != null) {
          diagnostics.error(parameter, "Endpoint " + methodName + " takes the Request twice:"
              + " remove parameter " + name + ".");
        } else {
          bound = new Parameter.WholeRequest(name);
        }
        request = parameter;
      } else {
        bound = pathValue(parameter, methodName, declared, wildcards);
      }
      if (bound == null) {
        valid = false;
      } else {
        parameters.add(bound);
      }
    }
    for (String wildcard : wildcards.keySet()) {
      boolean bound = method.getParameters().stream()
          .anyMatch(p -> p.getSimpleName().contentEquals(wildcard)
              && p.getAnnotation(Query.class) == null && p.getAnnotation(Header.class) == null
              && p.getAnnotation(Body.class) == null && !isClass(p.asType(), Request.class));
      if (!bound) {
        diagnostics.error(method, Endpoint.class, "value", "Wildcard {" + wildcard + "} of \""
            + declared + "\" binds no parameter of " + methodName + ": add a parameter named "
            + wildcard + ".");
        valid = false;
      }
    }
    return valid ? parameters : null;
  }

  private Parameter pathValue(VariableElement parameter, String methodName, PathPattern declared,
      Map<String, Parameter.PathValue> wildcards) {
    String name = parameter.getSimpleName().toString();
    Parameter.PathValue wildcard = wildcards.get(name);
    if (wildcard == null) {
      diagnostics.error(parameter, "Parameter " + name + " of " + methodName + " matches no"
          + " wildcard of \"" + declared + "\": rename it after one"
          + (wildcards.isEmpty() ? "" : " (" + wildcardList(wildcards.keySet()) + ")")
          + ", add {" + name + "} to the path, or annotate it @Query, @Header or @Body.");
      return null;
    }
    TypeMirror type = parameter.asType();
    if (isClass(type, Optional.class) || isOptionalPrimitive(type) || isClass(type, List.class)) {
      diagnostics.error(parameter, "Path parameter " + name + " of " + methodName + " is "
          + simpleName(type) + ", but a path wildcard is always present: declare it as the value"
          + " type itself.");
      return null;
    }
    Optional<Conversion> conversion = conversions.of(type);
    if (conversion.isEmpty()) {
      diagnostics.error(parameter, unsupported(name, methodName, type));
      return null;
    }
    return new Parameter.PathValue(name, TypeName.get(type), wildcard.index(), wildcard.rest(),
        conversion.get());
  }

  private Parameter named(VariableElement parameter, String methodName, boolean header,
      String declaredName, String defaultValue) {
    String javaName = parameter.getSimpleName().toString();
    String name = declaredName.isEmpty() ? javaName : declaredName;
    String annotation = header ? "@Header" : "@Query";
    if (header && !isAsciiToken(name)) {
      diagnostics.error(parameter, header ? Header.class : Query.class, "value", "Header name \""
          + name + "\" of parameter " + javaName + " of " + methodName + " is not an HTTP token:"
          + " name the header, e.g. @Header(\"X-Request-Id\").");
      return null;
    }
    if (name.isEmpty()) {
      return null;
    }
    TypeMirror type = parameter.asType();
    Shape shape = Shape.REQUIRED;
    TypeMirror valueType = type;
    if (isClass(type, Optional.class)) {
      shape = Shape.OPTIONAL;
      valueType = typeArgument(type);
    } else if (isClass(type, List.class)) {
      shape = Shape.LIST;
      valueType = typeArgument(type);
    } else if (isClass(type, OptionalInt.class)) {
      shape = Shape.OPTIONAL_INT;
    } else if (isClass(type, OptionalLong.class)) {
      shape = Shape.OPTIONAL_LONG;
    } else if (isClass(type, OptionalDouble.class)) {
      shape = Shape.OPTIONAL_DOUBLE;
    }
    Optional<Conversion> conversion = shape.name().startsWith("OPTIONAL_")
        ? Optional.of(Conversion.identity())
        : valueType == null ? Optional.empty() : conversions.of(valueType);
    if (conversion.isEmpty()) {
      diagnostics.error(parameter, unsupported(javaName, methodName, type));
      return null;
    }
    boolean hasDefault = !defaultValue.equals(Query.NONE);
    Class<? extends Annotation> annotationType = header ? Header.class : Query.class;
    if (hasDefault && shape != Shape.REQUIRED) {
      diagnostics.error(parameter, annotationType, "defaultValue", "Parameter " + javaName + " of "
          + methodName + " has a default value, so it is never absent: declare it as the value"
          + " type rather than " + simpleName(type) + ", or remove the default.");
      return null;
    }
    if (hasDefault && !DefaultValues.converts(defaultValue, conversion.get(),
        Conversions.enumConstants(valueType))) {
      diagnostics.error(parameter, annotationType, "defaultValue", "Default value \""
          + defaultValue + "\" of " + annotation + " parameter " + javaName + " of " + methodName
          + " is not " + conversion.get().description() + ": write a value that converts.");
      return null;
    }
    return new Parameter.NamedValue(javaName, header, name, TypeName.get(type), shape,
        conversion.get(), hasDefault ? Optional.of(defaultValue) : Optional.empty());
  }

  private Parameter body(VariableElement parameter, String methodName) {
    String name = parameter.getSimpleName().toString();
    TypeMirror type = parameter.asType();
    BodyKind kind;
    if (isClass(type, String.class)) {
      kind = BodyKind.TEXT;
    } else if (isByteArray(type)) {
      kind = BodyKind.BYTES;
    } else if (isClass(type, InputStream.class)) {
      kind = BodyKind.STREAM;
    } else if (isClass(type, Optional.class) || isClass(type, Request.class)
        || !isJsonType(type)) {
      diagnostics.error(parameter, "@Body " + name + " of " + methodName + " has type " + type
          + ", which Planned cannot read: use String, byte[], InputStream, or a type the JSON"
          + " codec reads, without wildcards or type variables.");
      return null;
    } else {
      kind = BodyKind.JSON;
    }
    return new Parameter.BodyValue(name, kind, TypeName.get(type));
  }

  private String unsupported(String name, String methodName, TypeMirror type) {
    return "Parameter " + name + " of " + methodName + " has type " + type + ", which Planned"
        + " cannot convert from text: use String, a primitive or its box, an enum, a type with a"
        + " static valueOf(String), of(String) or parse(CharSequence) or a String constructor,"
        + " or Optional or List of one (for @Query and @Header).";
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
    if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED
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
    return isClass(type, OptionalInt.class) || isClass(type, OptionalLong.class)
        || isClass(type, OptionalDouble.class);
  }

  static boolean isClass(TypeMirror type, Class<?> expected) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
            .contentEquals(expected.getCanonicalName());
  }

  private static String simpleName(TypeMirror type) {
    String full = type.toString();
    return full.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }

  private static boolean isAsciiToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String wildcardList(Collection<String> names) {
    return names.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "));
  }
}
