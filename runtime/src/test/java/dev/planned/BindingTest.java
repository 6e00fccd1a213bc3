package dev.planned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    ParameterizedType jdk = (ParameterizedType) Holder.class.getDeclaredField("field").getGenericType();

    assertEquals(jdk, Binding.typeOf(Map.class, String.class, Binding.typeOf(List.class, Integer.class)));
    assertEquals(Binding.typeOf(Map.class, String.class, Binding.typeOf(List.class, Integer.class)), jdk);
    assertEquals(jdk.hashCode(),
        Binding.typeOf(Map.class, String.class, Binding.typeOf(List.class, Integer.class)).hashCode());
  }
}
