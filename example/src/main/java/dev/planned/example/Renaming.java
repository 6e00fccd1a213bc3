package dev.planned.example;

import dev.planned.NotImplementedException;
import java.util.Map;

/**
 * The seed's scenario from the client's side: rename a user with {@code PATCH}, and while the
 * server answers that it is planned, fall back to the alternative its plan names, {@code PUT}.
 */
public final class Renaming {
  private Renaming() {}

  /** Renames user {@code id}, by whichever endpoint the server has built. */
  public static User rename(UsersApiClient users, long id, String name) {
    try {
      return users.patch(id, Map.of("name", name));
    } catch (NotImplementedException planned) {
      if (!planned.plan().alternative().equals("PUT /api/users/{id}")) {
        throw planned; // a plan this client does not know how to follow
      }
      User user = users.user(id).orElseThrow();
      return users.replace(id, new NewUser(name, user.email()));
    }
  }
}
