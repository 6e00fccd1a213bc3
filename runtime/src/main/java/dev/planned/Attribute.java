package dev.planned;

import java.util.Objects;

/**
 * A typed key for a value a {@link Filter} attaches to a request, such as the authenticated user:
 *
 * <pre>{@code
 * static final Attribute<User> USER = Attribute.of("user", User.class);
 * // in the filter:   next.proceed(request.withAttribute(USER, user))
 * // in an endpoint:  request.attribute(USER), or a parameter @RequestAttribute("user") User user
 * }</pre>
 *
 * <p>Two keys are equal when their names and types are: the key an endpoint parameter is bound with
 * is {@code Attribute.of(name, the parameter's type)}, so a filter must attach the value with a key
 * of exactly that type.
 *
 * @param <T> the type of the value
 */
public final class Attribute<T> {
  /** The name of the attribute {@link Principal @Principal} binds. */
  public static final String PRINCIPAL = "principal";

  private final String name;
  private final Class<T> type;

  private Attribute(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  /**
   * The key of a value of this type under this name.
   *
   * @throws IllegalArgumentException if the type is primitive: use its box
   */
  public static <T> Attribute<T> of(String name, Class<T> type) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (type.isPrimitive()) {
      throw new IllegalArgumentException(
          "An attribute holds objects: use the box of " + type + " for attribute \"" + name + "\"");
    }
    return new Attribute<>(name, type);
  }

  /** The key of the authenticated principal, which {@link Principal @Principal} binds. */
  public static <T> Attribute<T> principal(Class<T> type) {
    return of(PRINCIPAL, type);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attribute<?> other && name.equals(other.name) && type == other.type;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + type.hashCode();
  }

  /** {@code user (com.example.User)}. */
  @Override
  public String toString() {
    return name + " (" + type.getName() + ")";
  }
}
