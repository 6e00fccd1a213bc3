package dev.planned.it;

import dev.planned.HttpException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@link LaterApi} whose answers depend on the key: {@code done} completes at once, {@code slow} on
 * another thread 50 ms later, {@code fails} and {@code gone} fail, {@code null} returns no stage,
 * and {@code wait-…} waits until a test calls {@link #complete}.
 */
public final class Later extends LaterApiDispatcher {
  private final Map<String, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();

  @Override
  public CompletionStage<String> text(String key) {
    return switch (key) {
      case "done" -> CompletableFuture.completedFuture("done");
      case "slow" ->
          CompletableFuture.supplyAsync(
              () -> "slow", CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
      case "fails" ->
          CompletableFuture.failedFuture(new IllegalStateException("secret internal detail"));
      case "gone" ->
          CompletableFuture.supplyAsync(
              () -> {
                throw new HttpException(410, "Gone for good.");
              });
      case "null" -> null;
      default -> waiting.computeIfAbsent(key, k -> new CompletableFuture<>());
    };
  }

  /** Completes the answer to {@code text(key)}, waited for or not yet asked. */
  public void complete(String key, String text) {
    waiting.computeIfAbsent(key, k -> new CompletableFuture<>()).complete(text);
  }

  @Override
  public CompletableFuture<Optional<Item>> item(String key) {
    return CompletableFuture.supplyAsync(
        () -> key.equals("none") ? Optional.empty() : Optional.of(new Item(key)));
  }

  @Override
  public CompletionStage<Item> put(String key) {
    return CompletableFuture.completedFuture(new Item(key));
  }

  @Override
  public CompletionStage<Void> remove(String key) {
    return CompletableFuture.runAsync(() -> {});
  }

  @Override
  public String now() {
    return "now";
  }
}
