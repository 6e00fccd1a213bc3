package dev.planned.internal;

import java.util.concurrent.CompletionException;

/** What a {@code CompletionStage} failed with, as the code that failed it threw it. */
public final class Completions {
  private Completions() {}

  /**
   * The failure itself: a stage built on another wraps what the other failed with in a {@link
   * CompletionException}, which says nothing of its own.
   */
  public static Throwable cause(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
