package dev.planned.example;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/** The implemented part of {@link ReportsApi}. {@code export} is planned. */
public final class Reports extends ReportsApiDispatcher {
  private final Users users;
  private final Executor workers;

  /** Reports over {@code users}, computed on {@code workers}. */
  public Reports(Users users, Executor workers) {
    this.users = users;
    this.workers = workers;
  }

  @Override
  public List<Report> reports() {
    return List.of(userCount());
  }

  @Override
  public CompletionStage<Optional<Report>> report(String name) {
    return CompletableFuture.supplyAsync(
        () -> name.equals("user-count") ? Optional.of(userCount()) : Optional.empty(), workers);
  }

  private Report userCount() {
    return new Report("user-count", "How many users there are", users.count());
  }
}
