package dev.planned.processor.validation;

import dev.planned.processor.model.Conversion;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Checks at compile time that a declared default value converts, by converting it as the dispatcher
 * will: with the JDK's own parsers for JDK types (java.time's through their {@code parse}). Types
 * compiled together with the API cannot be run yet, so their defaults are first converted on the
 * first request that needs them.
 */
final class DefaultValues {
  private static final Map<String, Function<String, ?>> KNOWN =
      Map.ofEntries(
          Map.entry("java.lang.Integer", Integer::valueOf),
          Map.entry("java.lang.Long", Long::valueOf),
          Map.entry("java.lang.Short", Short::valueOf),
          Map.entry("java.lang.Byte", Byte::valueOf),
          Map.entry("java.lang.Double", Double::valueOf),
          Map.entry("java.lang.Float", Float::valueOf),
          Map.entry("java.math.BigInteger", BigInteger::new),
          Map.entry("java.math.BigDecimal", BigDecimal::new),
          Map.entry("java.util.UUID", UUID::fromString));

  private DefaultValues() {}

  /** Whether {@code value} converts to the conversion's type; true when that cannot be known. */
  static boolean converts(String value, Conversion conversion, List<String> enumConstants) {
    if (conversion.isIdentity()) {
      return true;
    }
    if (!enumConstants.isEmpty()) {
      return enumConstants.contains(value);
    }
    String type = conversion.type().toString();
    switch (type) {
      case "java.lang.Boolean" -> {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
      }
      case "java.lang.Character" -> {
        return value.length() == 1;
      }
      default -> {}
    }
    Function<String, ?> parser = KNOWN.get(type);
    if (parser != null) {
      try {
        parser.apply(value);
        return true;
      } catch (RuntimeException e) {
        return false;
      }
    }
    if (type.startsWith("java.")) {
      return convertsWithJdkFactory(type, conversion.member(), value);
    }
    return true;
  }

  /** java.time and friends: the processor runs on a JDK, so their factories can run here. */
  private static boolean convertsWithJdkFactory(String type, String member, String value) {
    try {
      Class<?> owner = Class.forName(type);
      if (member.equals("new")) {
        owner.getConstructor(String.class).newInstance(value);
      } else {
        try {
          owner.getMethod(member, String.class).invoke(null, value);
        } catch (NoSuchMethodException e) {
          owner.getMethod(member, CharSequence.class).invoke(null, value);
        }
      }
      return true;
    } catch (InvocationTargetException e) {
      return false; // the factory rejected the value
    } catch (ReflectiveOperationException | LinkageError e) {
      return true; // not loadable here: left to the first request
    }
  }
}
