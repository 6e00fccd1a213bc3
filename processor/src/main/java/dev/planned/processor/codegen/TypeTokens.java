package dev.planned.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code java.lang.reflect.Type} of a body or result type, as generated code writes it: a class
 * literal, or for a generic type a {@code typeOf(Raw.class, Argument.class, …)} call, built once
 * into a static field, since a codec needs the type arguments that erasure drops.
 */
final class TypeTokens {
  private TypeTokens() {}

  /**
   * The expression of {@code type}'s {@code Type}; {@code owner} is the runtime class whose static
   * {@code typeOf(Class, Type...)} builds a parameterized one.
   */
  static CodeBlock of(TypeName type, ClassName owner) {
    if (type instanceof ParameterizedTypeName parameterized) {
      List<CodeBlock> arguments = new ArrayList<>();
      arguments.add(CodeBlock.of("$T.class", parameterized.rawType()));
      for (TypeName argument : parameterized.typeArguments()) {
        arguments.add(of(argument, owner));
      }
      return CodeBlock.of("$T.typeOf($L)", owner, CodeBlock.join(arguments, ", "));
    }
    return CodeBlock.of("$T.class", type); // a class or an array of one
  }
}
