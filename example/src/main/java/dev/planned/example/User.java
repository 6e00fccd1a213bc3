package dev.planned.example;

/** A user as the API returns it. */
public record User(long id, String name, String email) {}
