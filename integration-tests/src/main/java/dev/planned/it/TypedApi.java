package dev.planned.it;

import dev.planned.Body;
import dev.planned.Endpoint;
import dev.planned.Header;
import dev.planned.Planned;
import dev.planned.Query;
import dev.planned.Reply;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Every kind of binding and result of typed endpoints, for the binding tests. */
@Endpoint("/typed")
public interface TypedApi {
  enum Color {
    RED,
    GREEN
  }

  /** A type Planned converts through its static valueOf(String). */
  record Sku(String code) {
    public static Sku valueOf(String text) {
      if (!text.matches("[A-Z]{3}-\\d+")) {
        throw new IllegalArgumentException("not a SKU");
      }
      return new Sku(text);
    }
  }

  /** A type Planned converts through its public String constructor. */
  final class Tag {
    private final String text;

    public Tag(String text) {
      this.text = text.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
      return "#" + text;
    }
  }

  record NewItem(String name, int quantity, LocalDate due) {}

  record Item(long id, String name, int quantity, LocalDate due) {}

  @Endpoint("GET /primitives/{i}/{l}/{d}/{b}/{c}")
  String primitives(
      int i, long l, double d, boolean b, char c, @Query short s, @Query byte y, @Query float f);

  @Endpoint("GET /boxes")
  String boxes(@Query Integer i, @Query Long l, @Query Boolean b, @Query Character c);

  @Endpoint("GET /values/{id}")
  String values(
      UUID id,
      @Query BigInteger big,
      @Query BigDecimal amount,
      @Query Color color,
      @Query LocalDate day,
      @Query Instant at,
      @Query Duration wait,
      @Query Sku sku,
      @Query Tag tag);

  @Endpoint("GET /optional")
  String optional(
      @Query Optional<String> text,
      @Query Optional<Integer> number,
      @Query OptionalInt small,
      @Query OptionalLong large,
      @Header("X-Trace") Optional<UUID> trace);

  @Endpoint("GET /defaults")
  String defaults(
      @Query(defaultValue = "20") int limit,
      @Query(defaultValue = "GREEN") Color color,
      @Header(value = "X-Region", defaultValue = "eu") String region);

  @Endpoint("GET /lists")
  String lists(
      @Query("id") List<Long> ids, @Query List<String> tag, @Header("X-Flag") List<String> flags);

  @Endpoint("GET /headers")
  String headers(@Header("X-Request-Id") UUID requestId, @Header String accept);

  @Endpoint(value = "POST /items", status = 201)
  Item create(@Body NewItem item, @Query(defaultValue = "false") boolean dryRun);

  @Endpoint("POST /items/batch")
  List<Item> createAll(@Body List<NewItem> items);

  @Endpoint("GET /items/{id}")
  Optional<Item> item(long id);

  @Endpoint("POST /echo/text")
  String echoText(@Body String text);

  @Endpoint("POST /echo/bytes")
  byte[] echoBytes(@Body byte[] bytes);

  @Endpoint("POST /echo/stream")
  String echoStream(@Body InputStream stream) throws java.io.IOException;

  @Endpoint(value = "POST /accepted", status = 202)
  void accept(@Body String text);

  /** 201 with a Location and the item as JSON. */
  @Endpoint(value = "POST /replies", status = 201)
  Reply<Item> createReply(@Body NewItem item);

  /** The item with an ETag, a Cache-Control and a repeated header; its status is the Reply's. */
  @Endpoint("GET /replies/{id}")
  Reply<Item> itemReply(long id);

  /** The same, completed later; empty (404) for an id below 1. */
  @Endpoint("GET /replies/{id}/later")
  CompletionStage<Optional<Reply<Item>>> itemReplyLater(long id);

  /** A text body with a header and a status of the Reply's choosing (203). */
  @Endpoint("GET /reply-text")
  Reply<String> textReply();

  /** Declares 201, but returns 200: a bug in the endpoint, answered 500. */
  @Endpoint(value = "POST /replies/mismatched", status = 201)
  Reply<String> mismatchedReply();

  /** Makes a Reply of 204, which has no body: the Reply refuses, and the answer is 500. */
  @Endpoint("GET /reply-without-body")
  Reply<String> replyWithoutBody();

  @Planned("Item imports arrive with 2.0.")
  @Endpoint("POST /items/import")
  List<Item> importItems(@Body List<NewItem> items);
}
