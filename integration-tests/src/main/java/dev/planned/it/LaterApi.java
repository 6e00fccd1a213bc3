package dev.planned.it;

import dev.planned.Endpoint;
import dev.planned.Planned;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Endpoints that complete later, for the asynchronous tests. */
@Endpoint("/later")
public interface LaterApi {
  record Item(String key) {}

  @Endpoint("GET /text/{key}")
  CompletionStage<String> text(String key);

  @Endpoint("GET /items/{key}")
  CompletableFuture<Optional<Item>> item(String key);

  @Endpoint(value = "PUT /items/{key}", status = 201)
  CompletionStage<Item> put(String key);

  @Endpoint("DELETE /items/{key}")
  CompletionStage<Void> remove(String key);

  @Endpoint("GET /now")
  String now();

  @Planned("Batches come later.")
  @Endpoint("POST /batches")
  CompletionStage<Item> batch();
}
