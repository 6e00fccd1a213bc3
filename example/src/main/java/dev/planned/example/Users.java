package dev.planned.example;

import dev.planned.ErrorMapper;
import dev.planned.Filter;
import dev.planned.HttpException;
import dev.planned.Problem;
import dev.planned.Reply;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The implemented part of {@link UsersApi}, kept in memory. {@code patch} is planned. Writes need
 * the bearer token ({@link BearerAuthentication}); an unknown user is a 404 problem, mapped from
 * {@link UserNotFound}.
 */
public final class Users extends UsersApiDispatcher {
  private final Map<Long, User> users = new ConcurrentSkipListMap<>();
  private final AtomicLong lastId = new AtomicLong();
  private final String writeToken;

  /** Users whose writes need {@code Authorization: Bearer <writeToken>}. */
  public Users(String writeToken) {
    this.writeToken = writeToken;
    add(new NewUser("Ada Lovelace", "ada@example.org"));
    add(new NewUser("Grace Hopper", "grace@example.org"));
  }

  @Override
  public List<User> users(Optional<String> name, int limit) {
    if (limit < 1 || limit > 100) {
      throw new HttpException(
          400, "Query parameter limit must be between 1 and 100, not " + limit + ".");
    }
    return users.values().stream()
        .filter(user -> name.map(part -> user.name().contains(part)).orElse(true))
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<User> user(long id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public Reply<User> create(NewUser user) {
    User created = add(user);
    return Reply.created(URI.create("/api/users/" + created.id()), created);
  }

  private User add(NewUser user) {
    user.checked();
    long id = lastId.incrementAndGet();
    User created = new User(id, user.name(), user.email());
    users.put(id, created);
    return created;
  }

  @Override
  public User replace(long id, NewUser user) {
    user.checked();
    User replaced = new User(id, user.name(), user.email());
    if (users.replace(id, replaced) == null) {
      throw new UserNotFound(id);
    }
    return replaced;
  }

  @Override
  public void delete(long id) {
    if (users.remove(id) == null) {
      throw new UserNotFound(id);
    }
  }

  @Override
  protected List<Filter> filters() {
    return List.of(new BearerAuthentication(writeToken));
  }

  @Override
  protected List<ErrorMapper<?>> errorMappers() {
    return List.of(
        ErrorMapper.of(UserNotFound.class, e -> Problem.of(404).withDetail(e.getMessage())));
  }

  /** How many users there are, for the reports. */
  int count() {
    return users.size();
  }
}
