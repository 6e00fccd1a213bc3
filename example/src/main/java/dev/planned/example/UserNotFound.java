package dev.planned.example;

/** No user has this id: {@link Users} maps it to a 404 problem. */
final class UserNotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long id;

  UserNotFound(long id) {
    super("There is no user " + id + ".");
    this.id = id;
  }

  long id() {
    return id;
  }
}
