package dev.planned.processor.model;

/**
 * The values of a {@code @Planned} annotation, with {@code alternative} resolved to the full pattern
 * of the endpoint it names (base path included).
 */
public record PlanModel(String message, String release, String link, String alternative) {}
