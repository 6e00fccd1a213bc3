package dev.planned;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an endpoint parameter to the authenticated principal an authentication {@link Filter}
 * attached with {@link Attribute#principal}: {@code @Principal User user}. The same as
 * {@code @RequestAttribute("principal")}, with the same rules for types, {@code Optional} and a
 * missing value.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Principal {}
