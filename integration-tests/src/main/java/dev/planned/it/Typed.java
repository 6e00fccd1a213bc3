package dev.planned.it;

import dev.planned.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Answers with what it was given, so that tests see exactly what was bound. */
public class Typed extends TypedApiDispatcher {
  @Override
  public String primitives(int i, long l, double d, boolean b, char c, short s, byte y, float f) {
    return i + " " + l + " " + d + " " + b + " " + c + " " + s + " " + y + " " + f;
  }

  @Override
  public String boxes(Integer i, Long l, Boolean b, Character c) {
    return i + " " + l + " " + b + " " + c;
  }

  @Override
  public String values(
      UUID id,
      BigInteger big,
      BigDecimal amount,
      Color color,
      LocalDate day,
      Instant at,
      Duration wait,
      Sku sku,
      Tag tag) {
    return id
        + " "
        + big
        + " "
        + amount
        + " "
        + color
        + " "
        + day
        + " "
        + at
        + " "
        + wait
        + " "
        + sku.code()
        + " "
        + tag;
  }

  @Override
  public String optional(
      Optional<String> text,
      Optional<Integer> number,
      OptionalInt small,
      OptionalLong large,
      Optional<UUID> trace) {
    return text + " " + number + " " + small + " " + large + " " + trace;
  }

  @Override
  public String defaults(int limit, Color color, String region) {
    return limit + " " + color + " " + region;
  }

  @Override
  public String lists(List<Long> ids, List<String> tag, List<String> flags) {
    return ids + " " + tag + " " + flags;
  }

  @Override
  public String headers(UUID requestId, String accept) {
    return requestId + " " + accept;
  }

  @Override
  public Item create(NewItem item, boolean dryRun) {
    return new Item(dryRun ? 0 : 7, item.name(), item.quantity(), item.due());
  }

  @Override
  public List<Item> createAll(List<NewItem> items) {
    List<Item> created = new ArrayList<>();
    for (NewItem item : items) {
      created.add(new Item(created.size() + 1, item.name(), item.quantity(), item.due()));
    }
    return created;
  }

  @Override
  public Optional<Item> item(long id) {
    return id == 7
        ? Optional.of(new Item(7, "pen", 2, LocalDate.of(2026, 12, 1)))
        : Optional.empty();
  }

  @Override
  public String echoText(String text) {
    return "text:" + text;
  }

  @Override
  public byte[] echoBytes(byte[] bytes) {
    return bytes;
  }

  @Override
  public String echoStream(InputStream stream) throws IOException {
    return "stream:" + new String(stream.readAllBytes(), StandardCharsets.UTF_8);
  }

  @Override
  public void accept(String text) {
    // accepted for later processing
  }

  @Override
  public Reply<Item> createReply(NewItem item) {
    return Reply.created(
        URI.create("/typed/items/7"), new Item(7, item.name(), item.quantity(), item.due()));
  }

  @Override
  public Reply<Item> itemReply(long id) {
    return Reply.ok(new Item(id, "item " + id, 1, null))
        .withETag("v" + id)
        .withCacheControl("max-age=60")
        .withHeader("X-Shelf", "a")
        .withHeader("X-Shelf", "b");
  }

  @Override
  public CompletionStage<Optional<Reply<Item>>> itemReplyLater(long id) {
    return CompletableFuture.supplyAsync(
        () -> id < 1 ? Optional.empty() : Optional.of(itemReply(id)));
  }

  @Override
  public Reply<String> textReply() {
    return Reply.status(203, "hello").withHeader("Content-Language", "en");
  }

  @Override
  public Reply<String> mismatchedReply() {
    return Reply.ok("not what was declared");
  }

  @Override
  public Reply<String> replyWithoutBody() {
    return Reply.status(204, "a body 204 cannot carry");
  }
}
