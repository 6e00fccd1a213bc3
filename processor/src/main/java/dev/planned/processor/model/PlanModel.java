package dev.planned.processor.model;

/**
 * The values of a {@code @Planned} annotation, with {@code alternative} resolved to the full
 * pattern of the endpoint it names (base path included).
 *
 * @param byInterface whether the plan is its interface's {@code @Planned}, not the endpoint's own
 */
public record PlanModel(
    String message, String release, String link, String alternative, boolean byInterface) {}
