package dev.planned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ApiDispatcherTest {
  @Test
  void anApiThatNeedsJsonFailsAtConstructionWhenNoCodecIsOnTheClassPath() {
    // planned-runtime's own tests have no codec on the class path
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ApiDispatcher.discoverJsonCodec("UsersApi"));

    assertEquals("UsersApi reads or writes JSON, but no JsonCodec is on the class path: add the"
        + " dependency dev.planned:planned-jackson, or pass a JsonCodec to the dispatcher's"
        + " constructor.", e.getMessage());
  }

  @Test
  void restJoinsTheRemainingSegments() {
    assertEquals("b/c", ApiDispatcher.rest(new String[] {"a", "b", "c"}, 1));
    assertEquals("", ApiDispatcher.rest(new String[] {"a", ""}, 1));
  }
}
