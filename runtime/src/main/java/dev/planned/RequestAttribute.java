package dev.planned;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an endpoint parameter to a value a {@link Filter} attached to the request, under the key
 * {@code Attribute.of(name, the parameter's type)}: {@code @RequestAttribute("user") User user}.
 *
 * <p>The parameter's type is a class or interface without type arguments (a key's type is a {@code
 * Class}), or {@code Optional} of one for a value a filter may leave out. A required value that is
 * missing is a bug in the filter chain, not the client's: the answer is a 500 revealing nothing,
 * and the log names the attribute, its type and the endpoint.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface RequestAttribute {
  /** The attribute's name, as in {@link Attribute#of}. */
  String value();
}
