package dev.planned.it.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.it.Typed;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Arbitrary path, query, header and body values bound by a generated dispatcher ({@link Typed}:
 * primitives, boxes, UUIDs, enums, dates, lists, optionals, JSON bodies): the endpoint's answer or
 * a 4xx problem naming what was wrong, never a 500, never more than 100 characters of a value
 * repeated.
 */
@ExtendWith(QuietRegression.class)
class BindingFuzzTest {
  private static final Typed TYPED = new Typed();

  @FuzzTest(maxDuration = "30s")
  void anyValueIsBoundOrRefusedWith4xx(FuzzedDataProvider data) {
    List<String> sent = new ArrayList<>();
    Request request =
        switch (data.consumeInt(0, 7)) {
          case 0 ->
              Request.get(
                  "/typed/primitives/"
                      + segment(data, sent)
                      + "/"
                      + segment(data, sent)
                      + "/"
                      + segment(data, sent)
                      + "/"
                      + segment(data, sent)
                      + "/"
                      + segment(data, sent)
                      + "?s="
                      + field(data, sent)
                      + "&y="
                      + field(data, sent)
                      + "&f="
                      + field(data, sent));
          case 1 ->
              Request.get(
                  "/typed/boxes?i="
                      + field(data, sent)
                      + "&l="
                      + field(data, sent)
                      + "&b="
                      + field(data, sent)
                      + "&c="
                      + field(data, sent));
          case 2 ->
              Request.get(
                  "/typed/values/"
                      + segment(data, sent)
                      + "?big="
                      + field(data, sent)
                      + "&amount="
                      + field(data, sent)
                      + "&color="
                      + field(data, sent)
                      + "&day="
                      + field(data, sent)
                      + "&at="
                      + field(data, sent)
                      + "&wait="
                      + field(data, sent)
                      + "&sku="
                      + field(data, sent)
                      + "&tag="
                      + field(data, sent));
          case 3 ->
              Request.get(
                      "/typed/optional?text="
                          + field(data, sent)
                          + "&number="
                          + field(data, sent)
                          + "&small="
                          + field(data, sent)
                          + "&large="
                          + field(data, sent))
                  .withHeader("X-Trace", header(data, sent));
          case 4 ->
              Request.get(
                      "/typed/lists?id="
                          + field(data, sent)
                          + "&id="
                          + field(data, sent)
                          + "&tag="
                          + field(data, sent))
                  .withHeader("X-Flag", header(data, sent))
                  .withHeader("X-Flag", header(data, sent));
          case 5 ->
              Request.get("/typed/headers")
                  .withHeader("X-Request-Id", header(data, sent))
                  .withHeader("Accept", header(data, sent));
          case 6 ->
              Request.get(
                      "/typed/defaults?limit=" + field(data, sent) + "&color=" + field(data, sent))
                  .withHeader("X-Region", header(data, sent));
          default ->
              json(data, sent, data.consumeBoolean() ? "/typed/items" : "/typed/items/batch");
        };

    Response response = TYPED.dispatch(request);

    Answers.check(response, sent.toArray(String[]::new));
    assertTrue(response.status() < 500, () -> request + " -> " + response.bodyText());
  }

  private static Request json(FuzzedDataProvider data, List<String> sent, String path) {
    String body = data.consumeRemainingAsString();
    sent.add(body);
    return Request.of("POST", path)
        .withHeader("Content-Type", "application/json")
        .withBody(body.getBytes(UTF_8));
  }

  /** A value sent as a path segment, percent-encoded (slashes included). */
  private static String segment(FuzzedDataProvider data, List<String> sent) {
    String value = data.consumeString(200);
    if (value.isEmpty() || !PercentDecodingFuzzTest.isUtf8Encodable(value)) {
      value = "x" + value.length();
    }
    sent.add(value);
    return PercentDecodingFuzzTest.encodeSegment(value);
  }

  /** A value sent as a query field, form-encoded. */
  private static String field(FuzzedDataProvider data, List<String> sent) {
    String value = data.consumeString(200);
    sent.add(value);
    return URLEncoder.encode(value, UTF_8);
  }

  /** A header value, as a server hands it over: any text. */
  private static String header(FuzzedDataProvider data, List<String> sent) {
    String value = data.consumeString(200);
    sent.add(value);
    return value;
  }
}
