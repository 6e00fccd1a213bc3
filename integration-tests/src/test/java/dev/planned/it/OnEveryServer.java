package dev.planned.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the annotated test class once on each of {@link Servers}: the class takes the server in a
 * {@code @Parameter Servers server} field, starts it in a
 * {@code @BeforeParameterizedClassInvocation} method and stops it in an
 * {@code @AfterParameterizedClassInvocation} one. A test method that runs on each server in a class
 * that is not takes it as a parameter instead ({@code @EnumSource(Servers.class)}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "{0}")
@EnumSource(Servers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@interface OnEveryServer {}
