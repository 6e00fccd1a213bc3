package dev.planned;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for a typed client of an API interface: besides its dispatcher, the processor writes {@code
 * <Api>Client implements <Api>}, which calls a server over {@code java.net.http} and maps its
 * answers back to the methods' results. Planned endpoints are still called (the server may have
 * shipped them since); their 501 throws a {@link NotImplementedException} carrying the server's
 * {@link Plan}. The plans known at compile time are {@code <Api>Client.plans()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Client {}
