package dev.planned.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.internal.Binding;
import dev.planned.processor.model.Conversion;
import dev.planned.processor.model.EndpointModel;
import dev.planned.processor.model.Parameter;
import dev.planned.processor.model.Result;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import javax.lang.model.element.Modifier;

/**
 * Writes, for one implemented endpoint, what binds its arguments from the request, calls it, and
 * turns its result into a response: one expression in {@code invoke} where it can be, else a
 * private caller method; and the JSON type tokens it needs.
 */
final class CallerWriter {
  private static final ClassName BINDING = ClassName.get(Binding.class);
  private static final ClassName SOURCE = BINDING.nestedClass("Source");
  private static final ClassName RESPONSE = ClassName.get(Response.class);

  /** Names the caller's own parameters take; endpoint parameters of these names are renamed. */
  private static final Set<String> RESERVED = Set.of("api", "request", "path", "result", "json");

  private final EndpointModel endpoint;
  private final String callerName;
  private final ClassName dispatcher;
  private final List<FieldSpec> typeTokens = new ArrayList<>();
  private boolean unchecked;
  // The caller declares only the parameters it reads: Eclipse's compiler warns about unused ones.
  private boolean readsRequest;
  // A caller that does not use the codec is static: Eclipse's compiler can warn about the others.
  private boolean readsJson;

  /** The endpoint's call as invoke evaluates it, when it is one expression; else null. */
  private CodeBlock inlineCall;

  /** The caller method, when the call is not one expression; else null. */
  private MethodSpec caller;

  CallerWriter(EndpointModel endpoint, String callerName, ClassName dispatcher) {
    this.endpoint = endpoint;
    this.callerName = callerName;
    this.dispatcher = dispatcher;
    write();
  }

  /** The static {@code Type} fields of generic JSON types this caller hands to the codec. */
  List<FieldSpec> typeTokens() {
    return typeTokens;
  }

  /**
   * The body of {@code invoke}'s case for this endpoint, terminated: the endpoint's call itself
   * where it is one expression (most are) or a block for a void endpoint, else a call of its caller
   * method, passing {@code request} if it reads it.
   */
  CodeBlock caseBody() {
    if (inlineCall != null) {
      return inlineCall;
    }
    List<String> arguments = new ArrayList<>();
    arguments.add("api");
    if (readsRequest) {
      arguments.add("request");
    }
    return CodeBlock.of("$N($L);", callerName, String.join(", ", arguments));
  }

  /** The caller method, for an endpoint whose call is more than one expression. */
  Optional<MethodSpec> caller() {
    return Optional.ofNullable(caller);
  }

  /** One argument of the endpoint: the value bound, and the local it is kept in by a caller. */
  private record Argument(TypeName type, String local, CodeBlock value) {}

  /**
   * Decides between a call in {@code invoke} and a caller method: a JSON result checks {@code
   * Accept} before binding, a generic JSON body needs an unchecked cast and a stream body a
   * suppressed warning, each of which takes a method of its own.
   */
  private void write() {
    Result result = endpoint.result();
    boolean checksAccept = result.kind() == Result.Kind.JSON;
    List<Argument> arguments = bindArguments();
    boolean streams = endpoint.parameters().stream().anyMatch(CallerWriter::isStream);
    if (!checksAccept && !unchecked && !streams) {
      inlineCall = inlineCall(arguments, result);
      return;
    }
    CodeBlock.Builder body = CodeBlock.builder();
    if (checksAccept) {
      // before binding: a client that cannot read the answer learns it without side effects
      body.addStatement("$T.requireJsonAcceptable(request)", BINDING);
      readsRequest = true;
    }
    List<CodeBlock> locals = new ArrayList<>();
    for (Argument argument : arguments) {
      if (argument.local() == null) {
        locals.add(argument.value());
      } else {
        body.addStatement("$T $N = $L", argument.type(), argument.local(), argument.value());
        locals.add(CodeBlock.of("$N", argument.local()));
      }
    }
    CodeBlock call =
        CodeBlock.of("api.$N($L)", endpoint.methodName(), CodeBlock.join(locals, ", "));
    answerWith(body, call, result);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(callerName)
            .addModifiers(Modifier.PRIVATE)
            .returns(
                result.async()
                    ? ParameterizedTypeName.get(CompletionStage.class, Response.class)
                    : RESPONSE)
            .addException(Exception.class)
            .addParameter(dispatcher, "api")
            .addCode(body.build());
    if (!readsJson) {
      method.addModifiers(Modifier.STATIC);
    }
    if (readsRequest) {
      method.addParameter(Request.class, "request");
    }
    suppressedWarnings().ifPresent(method::addAnnotation);
    caller = method.build();
  }

  /** The endpoint's call and its answer as one expression, or a block for a void endpoint. */
  private CodeBlock inlineCall(List<Argument> arguments, Result result) {
    CodeBlock call =
        CodeBlock.of(
            "api.$N($L)",
            endpoint.methodName(),
            CodeBlock.join(arguments.stream().map(Argument::value).toList(), ", "));
    if (result.async()) {
      return CodeBlock.of(
          "$L.thenApply(result -> $L);", call, answer(CodeBlock.of("result"), result));
    }
    if (result.kind() == Result.Kind.NO_CONTENT) {
      return CodeBlock.of("{ $L; yield $L; }", call, answer(null, result));
    }
    return CodeBlock.of("$L;", answer(call, result));
  }

  /** The endpoint's arguments in order, each bound from the request. */
  private List<Argument> bindArguments() {
    List<Argument> arguments = new ArrayList<>();
    for (Parameter parameter : endpoint.parameters()) {
      if (parameter instanceof Parameter.WholeRequest) {
        arguments.add(new Argument(null, null, CodeBlock.of("request")));
        readsRequest = true;
        continue;
      }
      String local =
          RESERVED.contains(parameter.javaName())
              ? parameter.javaName() + "Value"
              : parameter.javaName();
      TypeName type = javaType(parameter);
      CodeBlock value = binding(parameter);
      if (type.isPrimitive()) {
        // conversions yield the boxed type: unbox explicitly, as Eclipse's compiler asks
        value = CodeBlock.of("$L.$NValue()", value, type.toString());
      }
      arguments.add(new Argument(type, local, value));
    }
    return arguments;
  }

  /** Calls the endpoint and returns its result as a response. */
  private void answerWith(CodeBlock.Builder body, CodeBlock call, Result result) {
    if (result.async()) {
      body.addStatement(
          "return $L.thenApply(result -> $L)", call, answer(CodeBlock.of("result"), result));
    } else if (result.kind() == Result.Kind.NO_CONTENT) {
      body.addStatement("$L", call);
      body.addStatement("return $L", answer(null, result));
    } else if (result.kind() == Result.Kind.JSON && !result.reply()) {
      body.addStatement("$T result = $L", result.type(), found(call, result));
      body.addStatement("return $L", answer(CodeBlock.of("result"), result));
    } else {
      body.addStatement("return $L", answer(call, result));
    }
  }

  private Optional<AnnotationSpec> suppressedWarnings() {
    AnnotationSpec.Builder suppressed = AnnotationSpec.builder(SuppressWarnings.class);
    if (unchecked) {
      // the codec returns Object; a generic body type's cast cannot be checked at run time
      suppressed.addMember("value", "$S", "unchecked");
    }
    if (endpoint.parameters().stream().anyMatch(CallerWriter::isStream)) {
      // the endpoint owns the body stream; Eclipse's compiler would report it as a potential
      // leak, since the caller never closes it (javac has no such warning, and ignores the name)
      suppressed.addMember("value", "$S", "resource");
    }
    AnnotationSpec annotation = suppressed.build();
    return annotation.members().isEmpty() ? Optional.empty() : Optional.of(annotation);
  }

  private static boolean isStream(Parameter parameter) {
    return parameter instanceof Parameter.BodyValue body
        && body.kind() == Parameter.BodyKind.STREAM;
  }

  private TypeName javaType(Parameter parameter) {
    if (parameter instanceof Parameter.PathValue value) {
      return value.javaType();
    }
    if (parameter instanceof Parameter.NamedValue value) {
      return value.javaType();
    }
    if (parameter instanceof Parameter.AttributeValue value) {
      return value.javaType();
    }
    return ((Parameter.BodyValue) parameter).javaType();
  }

  private CodeBlock binding(Parameter parameter) {
    if (parameter instanceof Parameter.PathValue value) {
      // decoded from the raw path here, only for the wildcards an endpoint takes
      readsRequest = true;
      CodeBlock raw =
          CodeBlock.of(
              "$T.$N(request, $L)", BINDING, value.rest() ? "rest" : "segment", value.index());
      return convert(raw, "PATH", value.javaName(), value.conversion());
    }
    readsRequest = true;
    if (parameter instanceof Parameter.NamedValue value) {
      return named(value);
    }
    if (parameter instanceof Parameter.AttributeValue value) {
      return value.optional()
          ? CodeBlock.of(
              "$T.optionalAttribute(request, $S, $T.class)", BINDING, value.name(), value.keyType())
          : CodeBlock.of(
              "$T.attribute(request, $S, $T.class, $S)",
              BINDING,
              value.name(),
              value.keyType(),
              endpoint.methodName() + "()");
    }
    Parameter.BodyValue body = (Parameter.BodyValue) parameter;
    return switch (body.kind()) {
      case TEXT -> CodeBlock.of("request.bodyText()");
      case BYTES -> CodeBlock.of("request.body()");
      case STREAM -> CodeBlock.of("request.bodyStream()");
      case JSON -> {
        unchecked |= body.javaType() instanceof ParameterizedTypeName;
        readsJson = true;
        yield CodeBlock.of(
            "($T) $T.readJson(request, this.json, $L, $S)",
            body.javaType(),
            BINDING,
            typeToken(body.javaType(), "BODY"),
            simpleName(body.javaType()));
      }
    };
  }

  private CodeBlock named(Parameter.NamedValue value) {
    String source = value.header() ? "HEADER" : "QUERY";
    CodeBlock one =
        value.header()
            ? CodeBlock.of("request.header($S)", value.name())
            : CodeBlock.of("request.queryParameter($S)", value.name());
    CodeBlock all =
        value.header()
            ? CodeBlock.of("request.headers($S)", value.name())
            : CodeBlock.of("request.queryParameters($S)", value.name());
    Conversion conversion = value.conversion();
    return switch (value.shape()) {
      case REQUIRED -> {
        if (value.defaultValue().isPresent()) {
          yield convert(
              CodeBlock.of("$L.orElse($S)", one, value.defaultValue().get()),
              source,
              value.name(),
              conversion);
        }
        yield conversion.isIdentity()
            ? CodeBlock.of("$T.required($L, $T.$L, $S)", BINDING, one, SOURCE, source, value.name())
            : convert(
                one, source, value.name(), conversion); // Binding.convert(Optional…) requires it
      }
      case OPTIONAL ->
          conversion.isIdentity()
              ? one
              : CodeBlock.of(
                  "$T.convertOptional($L, $T.$L, $S, $S, $L)",
                  BINDING,
                  one,
                  SOURCE,
                  source,
                  value.name(),
                  conversion.description(),
                  reference(conversion));
      case OPTIONAL_INT ->
          CodeBlock.of("$T.optionalInt($L, $T.$L, $S)", BINDING, one, SOURCE, source, value.name());
      case OPTIONAL_LONG ->
          CodeBlock.of(
              "$T.optionalLong($L, $T.$L, $S)", BINDING, one, SOURCE, source, value.name());
      case OPTIONAL_DOUBLE ->
          CodeBlock.of(
              "$T.optionalDouble($L, $T.$L, $S)", BINDING, one, SOURCE, source, value.name());
      case LIST ->
          conversion.isIdentity()
              ? all
              : CodeBlock.of(
                  "$T.convertAll($L, $T.$L, $S, $S, $L)",
                  BINDING,
                  all,
                  SOURCE,
                  source,
                  value.name(),
                  conversion.description(),
                  reference(conversion));
    };
  }

  private static CodeBlock convert(
      CodeBlock raw, String source, String name, Conversion conversion) {
    if (conversion.isIdentity()) {
      return raw;
    }
    return CodeBlock.of(
        "$T.convert($L, $T.$L, $S, $S, $L)",
        BINDING,
        raw,
        SOURCE,
        source,
        name,
        conversion.description(),
        reference(conversion));
  }

  private static CodeBlock reference(Conversion conversion) {
    return CodeBlock.of("$T::$L", conversion.owner(), conversion.member());
  }

  /** The response for a result value; {@code value} is unused for NO_CONTENT. */
  private CodeBlock answer(CodeBlock value, Result result) {
    if (result.reply()) {
      return replyAnswer(found(value, result), result);
    }
    int status = result.status();
    return switch (result.kind()) {
      case RESPONSE -> value;
      case TEXT ->
          status == 200
              ? CodeBlock.of("$T.ok($L)", RESPONSE, found(value, result))
              : CodeBlock.of("$T.text($L, $L)", RESPONSE, status, found(value, result));
      case BYTES ->
          CodeBlock.of(
              "$T.of($L, $S, $L)",
              RESPONSE,
              status,
              "application/octet-stream",
              found(value, result));
      case NO_CONTENT ->
          status == 204
              ? CodeBlock.of("$T.noContent()", RESPONSE)
              : CodeBlock.of("$T.status($L)", RESPONSE, status);
      case JSON -> jsonAnswer(value, result);
    };
  }

  private CodeBlock jsonAnswer(CodeBlock value, Result result) {
    readsJson = true;
    return CodeBlock.of(
        "$T.json(this.json, $L, $L, $L)",
        BINDING,
        result.async() ? found(value, result) : value,
        typeToken(result.type(), "RESULT"),
        result.status());
  }

  /** A {@code Reply}'s status and headers, around its body written as the body's type is. */
  private CodeBlock replyAnswer(CodeBlock reply, Result result) {
    return switch (result.kind()) {
      case TEXT -> CodeBlock.of("$T.textReply($L, $L)", BINDING, reply, result.status());
      case BYTES -> CodeBlock.of("$T.bytesReply($L, $L)", BINDING, reply, result.status());
      case JSON -> {
        readsJson = true;
        yield CodeBlock.of(
            "$T.jsonReply(this.json, $L, $L, $L)",
            BINDING,
            reply,
            typeToken(result.type(), "RESULT"),
            result.status());
      }
      case RESPONSE, NO_CONTENT -> throw new IllegalStateException("a Reply has a body");
    };
  }

  /** The value of an {@code Optional} result (404 when empty), or the value itself. */
  private CodeBlock found(CodeBlock value, Result result) {
    if (!result.optional()) {
      return value;
    }
    readsRequest = true;
    return CodeBlock.of("$T.found($L, request)", BINDING, value);
  }

  /** {@code Book.class}, or for a generic type, a static field built once with Binding.typeOf. */
  private CodeBlock typeToken(TypeName type, String role) {
    if (!(type instanceof ParameterizedTypeName)) {
      return CodeBlock.of("$T.class", type);
    }
    String name =
        DispatcherWriter.constantName(callerName.substring("call".length())) + "_" + role + "_TYPE";
    typeTokens.add(
        FieldSpec.builder(Type.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(TypeTokens.of(type, BINDING))
            .build());
    return CodeBlock.of("$N", name);
  }

  /** How the type is named in 400 details: {@code NewBook}, {@code List<NewBook>}. */
  private static String simpleName(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized) {
      List<String> arguments = new ArrayList<>();
      for (TypeName argument : parameterized.typeArguments()) {
        arguments.add(simpleName(argument));
      }
      return parameterized.rawType().simpleName() + "<" + String.join(", ", arguments) + ">";
    }
    if (type instanceof ArrayTypeName array) {
      return simpleName(array.componentType()) + "[]";
    }
    return type instanceof ClassName name ? name.simpleName() : type.toString();
  }
}
