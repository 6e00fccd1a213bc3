package dev.planned.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planned.Request;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BindingTest {
  @Test
  void acceptWithoutHeaderOrWithWildcardsAdmitsJson() {
    assertTrue(Binding.acceptsJson(List.of()));
    assertTrue(Binding.acceptsJson(List.of("*/*")));
    assertTrue(Binding.acceptsJson(List.of("text/html", "application/*;q=0.2")));
    assertTrue(Binding.acceptsJson(List.of("application/json;q=0.1, */*;q=0")));
  }

  @Test
  void theMostSpecificRangeDecides() {
    assertFalse(Binding.acceptsJson(List.of("text/html")));
    assertFalse(Binding.acceptsJson(List.of("application/json;q=0, */*")));
    assertFalse(Binding.acceptsJson(List.of("application/*;q=0")));
  }

  @Test
  void jsonMediaTypes() {
    assertTrue(Binding.isJson("application/json"));
    assertTrue(Binding.isJson("Application/JSON; charset=UTF-8"));
    assertTrue(Binding.isJson("application/merge-patch+json"));
    assertFalse(Binding.isJson("text/json"));
    assertFalse(Binding.isJson(""));
  }

  @Test
  void genericTypeTokensEqualTheJdksOwn() throws NoSuchFieldException {
    class Holder {
      @SuppressWarnings("unused")
      Map<String, List<Integer>> field;
    }
    ParameterizedType jdk =
        (ParameterizedType) Holder.class.getDeclaredField("field").getGenericType();

    assertEquals(
        jdk, Binding.typeOf(Map.class, String.class, Binding.typeOf(List.class, Integer.class)));
    assertEquals(
        Binding.typeOf(Map.class, String.class, Binding.typeOf(List.class, Integer.class)), jdk);
    assertEquals(
        jdk.hashCode(),
        Binding.typeOf(Map.class, String.class, Binding.typeOf(List.class, Integer.class))
            .hashCode());
  }

  @Test
  void anApiThatNeedsJsonFailsAtConstructionWhenNoCodecIsOnTheClassPath() {
    // planned-runtime's own tests have no codec on the class path
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Binding.discoverJsonCodec("UsersApi"));

    assertEquals(
        "UsersApi reads or writes JSON, but no JsonCodec is on the class path: add the"
            + " dependency dev.planned:planned-jackson, or pass a JsonCodec to the dispatcher's"
            + " constructor.",
        e.getMessage());
  }

  @Test
  void restJoinsTheRemainingSegments() {
    assertEquals("b/c", Binding.rest(Request.get("/a/b/c"), 1));
    assertEquals("", Binding.rest(Request.get("/a/"), 1));
    assertEquals("x%2Fy/c d", Binding.rest(Request.get("/a/x%252Fy/c%20d"), 1));
  }

  @Test
  void segmentDecodesOnlyTheSegmentAsked() {
    assertEquals("a/b", Binding.segment(Request.get("/files/a%2Fb/%zz"), 1));
    assertEquals("files", Binding.segment(Request.get("/files/a%2Fb"), 0));
  }
}
