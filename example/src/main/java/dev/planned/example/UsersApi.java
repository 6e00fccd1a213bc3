package dev.planned.example;

import dev.planned.Body;
import dev.planned.Client;
import dev.planned.Endpoint;
import dev.planned.Planned;
import dev.planned.Query;
import dev.planned.Reply;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users of a small service: most of it is built, partial updates are announced for 2.0.
 * {@code @Client} also generates {@code UsersApiClient}, which calls it over HTTP.
 */
@Client
@Endpoint("/api")
public interface UsersApi {
  /** Users whose name contains {@code name} (all without it), at most {@code limit}. */
  @Endpoint("GET /users")
  List<User> users(@Query Optional<String> name, @Query(defaultValue = "20") int limit);

  /** One user; an unknown id answers 404. */
  @Endpoint("GET /users/{id}")
  Optional<User> user(long id);

  /** A new user: 201, its {@code Location}, and the user as JSON. */
  @Endpoint(value = "POST /users", status = 201)
  Reply<User> create(@Body NewUser user);

  @Endpoint("PUT /users/{id}")
  User replace(long id, @Body NewUser user);

  @Endpoint("DELETE /users/{id}")
  void delete(long id);

  @Planned(
      value = "Partial updates are coming; send the whole user with PUT.",
      release = "2.0",
      link = "https://example.org/roadmap#patch-users",
      alternative = "PUT /api/users/{id}")
  @Endpoint("PATCH /users/{id}")
  User patch(long id, @Body Map<String, Object> changes);
}
