package dev.planned;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an endpoint parameter to the request body. {@code String} (UTF-8), {@code byte[]} and
 * {@code InputStream} receive it as sent; any other type is read as JSON through the dispatcher's
 * {@link JsonCodec}, which needs {@code Content-Type: application/json} (or {@code +json}) and
 * answers 400 for JSON it cannot read. A body over the size limit answers 413.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Body {}
