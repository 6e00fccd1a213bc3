package shop;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.planned.Body;
import dev.planned.Endpoint;
import dev.planned.Header;
import dev.planned.Planned;
import dev.planned.Query;
import dev.planned.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * The shop's catalogue.
 *
 * <p>Items, their categories and {@code reviews}.
 */
@Endpoint("/catalog")
public interface CatalogApi {
  enum Availability { IN_STOCK, @JsonProperty("sold-out") SOLD_OUT }

  record Price(BigDecimal amount, String currency) {}

  record Item(UUID id, String name, Price price, Availability availability,
      Optional<LocalDate> discontinued, Set<String> tags, Map<String, Integer> stock,
      @JsonProperty("added_at") Instant added, @JsonIgnore String internalNote) {}

  record NewItem(String name, Price price, List<String> tags) {}

  record Page<T>(List<T> items, int page, OptionalInt next) {}

  /** A category and those below it. */
  record Category(String name, List<Category> children) {}

  /**
   * Lists items. Ten per page by default.
   *
   * @param category only those of this category
   */
  @Endpoint("GET /items")
  Page<Item> items(@Query Optional<String> category, @Query(defaultValue = "10") int size,
      @Query List<Availability> availability, @Header("X-Trace") Optional<UUID> trace);

  /** One item. */
  @Endpoint("GET /items/{id}")
  Optional<Item> item(UUID id);

  @Endpoint(value = "POST /items", status = 201)
  Item create(@Body NewItem item);

  @Endpoint("PUT /items/{id}/picture")
  void picture(UUID id, @Body byte[] picture);

  @Endpoint("GET /categories")
  CompletionStage<List<Category>> categories();

  @Endpoint("GET /notes/{path...}")
  String note(String path);

  @Endpoint("DELETE /items/{id}")
  Response remove(UUID id);

  @Planned(value = "Reviews open with the summer release.", release = "2.0",
      link = "https://example.org/roadmap#reviews", alternative = "GET /items/{id}")
  @Endpoint("POST /items/{id}/reviews")
  Response review(UUID id, @Body String review);
}
