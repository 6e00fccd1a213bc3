package dev.planned.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.planned.internal.Binding;
import dev.planned.processor.model.Conversion;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Chooses, at compile time, how a string from a path, query or header becomes a parameter's type:
 * String as it is; primitives and their boxes; enums by constant name; and any type with a public
 * static {@code valueOf(String)}, {@code of(String)}, {@code parse(CharSequence)} or {@code
 * parse(String)} returning it, or a public {@code String} constructor (BigInteger, BigDecimal,
 * UUID's {@code fromString}, and every {@code java.time} type among them).
 */
final class Conversions {
  private static final ClassName BINDING = ClassName.get(Binding.class);

  private final Elements elements;
  private final Types types;

  Conversions(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The conversion to {@code type}, if there is one. */
  Optional<Conversion> of(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return Optional.of(primitive(type.getKind()));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String name = element.getQualifiedName().toString();
    if (name.equals("java.lang.String")) {
      return Optional.of(Conversion.identity());
    }
    try {
      return Optional.of(primitive(types.unboxedType(type).getKind()));
    } catch (IllegalArgumentException notABox) {
      // fall through to the general rules
    }
    if (!((DeclaredType) type).getTypeArguments().isEmpty()) {
      return Optional.empty();
    }
    ClassName owner = ClassName.get(element);
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants =
          element.getEnclosedElements().stream()
              .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
              .map(e -> e.getSimpleName().toString())
              .toList();
      return Optional.of(
          new Conversion(owner, owner, "valueOf", "one of " + String.join(", ", constants)));
    }
    if (name.equals("java.util.UUID")) {
      return Optional.of(new Conversion(owner, owner, "fromString", "a UUID"));
    }
    String description = article(element.getSimpleName().toString());
    for (String factory : List.of("valueOf", "of", "parse")) {
      if (hasFactory(element, type, factory)) {
        return Optional.of(new Conversion(owner, owner, factory, description));
      }
    }
    if (hasStringConstructor(element)) {
      return Optional.of(new Conversion(owner, owner, "new", description));
    }
    return Optional.empty();
  }

  /** The enum constants of a type, for checking a default value; empty if it is no enum. */
  static List<String> enumConstants(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return List.of();
    }
    Element element = ((DeclaredType) type).asElement();
    return element.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString())
        .collect(Collectors.toList());
  }

  private static Conversion primitive(TypeKind kind) {
    return switch (kind) {
      case INT -> box(Integer.class, "valueOf", "an int");
      case LONG -> box(Long.class, "valueOf", "a long");
      case SHORT -> box(Short.class, "valueOf", "a short");
      case BYTE -> box(Byte.class, "valueOf", "a byte");
      case DOUBLE -> box(Double.class, "valueOf", "a double");
      case FLOAT -> box(Float.class, "valueOf", "a float");
      case BOOLEAN ->
          new Conversion(
              TypeName.get(Boolean.class), BINDING, "parseBoolean", "a boolean (true or false)");
      case CHAR ->
          new Conversion(TypeName.get(Character.class), BINDING, "parseChar", "a single character");
      default -> throw new IllegalArgumentException("not a primitive: " + kind);
    };
  }

  private static Conversion box(Class<?> box, String member, String description) {
    return new Conversion(TypeName.get(box), TypeName.get(box), member, description);
  }

  /** A public static factory taking one String (or CharSequence) and returning the type itself. */
  private boolean hasFactory(TypeElement element, TypeMirror type, String name) {
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals(name)
          && method.getModifiers().containsAll(List.of(Modifier.PUBLIC, Modifier.STATIC))
          && method.getTypeParameters().isEmpty()
          && method.getThrownTypes().stream().noneMatch(this::isChecked)
          && takesOneString(method)
          && types.isSameType(types.erasure(method.getReturnType()), types.erasure(type))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasStringConstructor(TypeElement element) {
    if (element.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (constructor.getModifiers().contains(Modifier.PUBLIC)
          && constructor.getThrownTypes().stream().noneMatch(this::isChecked)
          && takesOneString(constructor)) {
        return true;
      }
    }
    return false;
  }

  private boolean takesOneString(ExecutableElement method) {
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.size() != 1) {
      return false;
    }
    TypeMirror parameter = parameters.get(0).asType();
    return isType(parameter, "java.lang.String") || isType(parameter, "java.lang.CharSequence");
  }

  private boolean isChecked(TypeMirror thrown) {
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    return !types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error);
  }

  private static boolean isType(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(qualifiedName);
  }

  /** "an Instant", "a LocalDate". */
  private static String article(String noun) {
    return ("AEIOaeio".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }
}
