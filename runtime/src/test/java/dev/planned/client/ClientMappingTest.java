package dev.planned.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The client's rules that need no server: encoding, and reading a problem without a codec. */
class ClientMappingTest {
  @Test
  void unreservedCharactersStayAsTheyAre() {
    assertEquals("AZaz09-._~", UriEncoding.encode("AZaz09-._~"));
  }

  @Test
  void everythingElseIsEscapedAsUtf8() {
    assertEquals("a%20b%2Fc%3Fd%23e%25f%2Bg%26h%3Di", UriEncoding.encode("a b/c?d#e%f+g&h=i"));
    assertEquals("%C3%BC%E6%97%A5%F0%9F%98%80", UriEncoding.encode("ü日\uD83D\uDE00"));
  }

  @Test
  void aDotSegmentIsEscapedSoThatNoServerRemovesIt() {
    assertEquals("%2E", UriEncoding.encodeSegment("."));
    assertEquals("%2E%2E", UriEncoding.encodeSegment(".."));
    assertEquals("...", UriEncoding.encodeSegment("..."));
    assertEquals(".a", UriEncoding.encodeSegment(".a"));
    assertEquals("..", UriEncoding.encode(".."), "a query value keeps its dots");
  }

  @Test
  void aProblemsMembersAreReadInOrder() {
    assertEquals(
        Optional.of(
            Map.of(
                "type",
                "about:blank",
                "status",
                "404",
                "detail",
                "a \"quoted\" \\ é\n",
                "nested",
                "{\"a\":[1,{\"b\":null}]}",
                "flag",
                "true")),
        members(
            "{ \"type\" : \"about:blank\", \"status\":404,\"detail\":\"a \\\"quoted\\\" \\\\"
                + " \\u00e9\\n"
                + "\", \"nested\":{\"a\":[1,{\"b\":null}]},\"flag\":true }"));
  }

  @Test
  void anythingButOneObjectIsNoProblem() {
    for (String body :
        new String[] {
          "",
          "[]",
          "\"text\"",
          "{\"a\":1",
          "{\"a\":1} {}",
          "{a:1}",
          "<html>",
          "{\"a\":}",
          "{\"a\":\"\u0001\"}"
        }) {
      assertEquals(Optional.empty(), members(body), body);
    }
  }

  @Test
  void deepNestingIsRefusedNotFollowed() {
    String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertEquals(Optional.empty(), members(deep));
  }

  @Test
  void anEmptyObjectHasNoMembers() {
    assertEquals(Optional.of(Map.of()), members("{ }"));
  }

  private static Optional<Map<String, String>> members(String json) {
    return ProblemJson.members(json.getBytes(StandardCharsets.UTF_8));
  }
}
