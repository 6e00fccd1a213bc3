package dev.planned.example;

/** A named figure about the users. */
public record Report(String name, String description, long value) {}
