package dev.planned.it.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.planned.HttpException;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.it.Library;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Percent-decoding and segment splitting, through the public API: a path is split at its slashes
 * first and each segment decoded after (so {@code %2F} stays inside its segment), a query is
 * decoded as form fields. Arbitrary raw input never escapes as an exception: it decodes or is a 400
 * that echoes at most 100 characters; what a client encodes comes back as it was.
 */
@ExtendWith(QuietRegression.class)
class PercentDecodingFuzzTest {
  private static final Library LIBRARY = new Library();

  @FuzzTest(maxDuration = "30s")
  void rawPathsAndQueriesDecodeOrAnswer400(FuzzedDataProvider data) {
    String rawPath = "/v1/files/" + data.consumeString(500);
    String rawQuery = data.consumeRemainingAsString();
    Request request = Request.of("GET", rawPath + "?" + rawQuery);

    Answers.check(LIBRARY.dispatch(request), rawPath, rawQuery);
    try {
      request.queryParameters("q");
    } catch (HttpException e) {
      assertEquals(400, e.status());
      Answers.assertNoLongEcho("detail", e.detail(), rawQuery);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void encodedSegmentsAndFieldsComeBackAsSent(FuzzedDataProvider data) {
    List<String> segments = new ArrayList<>();
    int count = data.consumeInt(1, 4);
    for (int i = 0; i < count; i++) {
      String segment = data.consumeString(100);
      if (segment.isEmpty() || !isUtf8Encodable(segment)) {
        return; // an empty segment or an unpaired surrogate cannot be sent as a path segment
      }
      segments.add(segment);
    }
    String name = data.consumeString(50);
    String value = data.consumeRemainingAsString();
    if (name.isEmpty() || !isUtf8Encodable(name) || !isUtf8Encodable(value)) {
      return;
    }
    StringBuilder path = new StringBuilder("/v1/files");
    segments.forEach(segment -> path.append('/').append(encodeSegment(segment)));
    Request request =
        Request.of(
            "GET",
            path + "?" + URLEncoder.encode(name, UTF_8) + "=" + URLEncoder.encode(value, UTF_8));

    Response response = LIBRARY.dispatch(request);

    Answers.check(response, path.toString(), value);
    assertEquals(200, response.status(), response.bodyText());
    assertEquals("file:" + String.join("/", segments), response.bodyText());
    assertEquals(List.of(value), request.queryParameters(name));
  }

  /** Every byte but RFC 3986's unreserved characters percent-encoded, slashes included. */
  static String encodeSegment(String segment) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : segment.getBytes(UTF_8)) {
      char c = (char) (b & 0xff);
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "-._~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded
            .append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }

  static boolean isUtf8Encodable(String s) {
    return new String(s.getBytes(UTF_8), UTF_8).equals(s);
  }
}
