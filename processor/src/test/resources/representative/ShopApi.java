package shop;

import dev.planned.Body;
import dev.planned.Endpoint;
import dev.planned.Header;
import dev.planned.Planned;
import dev.planned.Query;
import dev.planned.Request;
import dev.planned.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Every kind of binding and result the generated code has a shape for, to compile its dispatcher
 * under Eclipse's compiler with all its warnings on, and under javac with -Xlint:all -Werror.
 */
@Endpoint("/shop")
public interface ShopApi {
  record Item(long id, String name, int quantity) {}

  record NewItem(String name, int quantity) {}

  enum Sort { NAME, PRICE }

  @Endpoint("GET /items/{id}")
  Optional<Item> item(long id);

  @Endpoint("GET /items")
  List<Item> items(@Query(defaultValue = "20") int limit, @Query Optional<Sort> sort,
      @Query OptionalInt page, @Query("tag") List<String> tags, @Query Long after,
      @Query Integer before, @Query Boolean stock, @Query boolean archived, @Query double factor,
      @Header("X-Trace") Optional<UUID> trace);

  @Endpoint("GET /items/{id}/name")
  String name(int id, @Header("Accept-Language") String language);

  @Endpoint(value = "POST /items", status = 201)
  Item create(@Body NewItem item, @Query(defaultValue = "false") boolean dryRun);

  @Endpoint("POST /items/batch")
  List<Item> createAll(@Body List<NewItem> items);

  @Endpoint("PUT /items/{id}/image")
  void upload(long id, @Body InputStream image) throws IOException;

  @Endpoint("PUT /items/{id}/note")
  Response note(String id, @Body String text, Request request);

  @Endpoint("GET /days/{day}")
  byte[] day(LocalDate day);

  @Endpoint("GET /files/{path...}")
  String file(String path);

  @Endpoint("GET /health")
  String health();

  @Endpoint("GET /reports/{name}")
  CompletionStage<String> report(String name);

  @Endpoint("DELETE /reports/{name}")
  CompletionStage<Void> dropReport(String name);

  @Endpoint("POST /reports")
  CompletionStage<Item> compute(@Body NewItem item);

  @Planned(value = "Partial updates arrive with 2.0; send the whole item with PUT.",
      release = "2.0", link = "https://example.org/roadmap#patch")
  @Endpoint("PATCH /items/{id}")
  Item patch(long id, @Body NewItem item);

  @Planned
  @Endpoint("DELETE /items")
  void clear();
}
