package dev.planned.example;

import dev.planned.HttpException;

/** A user as a client sends it, to create or replace one. */
public record NewUser(String name, String email) {
  /** This user, if it is valid: otherwise a 422 naming the field, never a 500. */
  NewUser checked() {
    if (name == null || name.isBlank()) {
      throw new HttpException(422, "A user needs a non-empty \"name\".");
    }
    if (email == null || !email.contains("@")) {
      throw new HttpException(422, "A user needs an \"email\" with an @.");
    }
    return this;
  }
}
