package dev.planned.it;

import dev.planned.Body;
import dev.planned.Client;
import dev.planned.Endpoint;
import dev.planned.Header;
import dev.planned.Planned;
import dev.planned.Query;
import dev.planned.Response;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** An API with a typed client: every shape of request and result the client writes. */
@Client
@Endpoint("/v1")
public interface CatalogApi {
  record Item(String name, int quantity) {}

  @Endpoint("GET /items")
  List<Item> items(@Query Optional<String> name, @Query OptionalInt limit, @Query List<String> tag);

  @Endpoint("GET /items/{id}")
  Optional<Item> item(long id, @Header("X-Request-Id") Optional<UUID> requestId);

  @Endpoint(value = "POST /items", status = 201)
  Item create(@Body Item item);

  @Endpoint("PUT /items/{id}/name")
  void rename(long id, @Body String name);

  @Endpoint("DELETE /items/{id}")
  Response remove(long id);

  @Endpoint("GET /files/{path...}")
  byte[] file(String path);

  @Endpoint("GET /reports/{name}")
  CompletionStage<List<Item>> report(String name);

  @Endpoint("GET /")
  String home();

  @Planned(value = "Partial updates are coming; send the whole item with PUT.", release = "2.0",
      link = "https://example.org/roadmap#patch", alternative = "PUT /items/{id}/name")
  @Endpoint("PATCH /items/{id}")
  Item patch(long id, @Body Item item);
}
