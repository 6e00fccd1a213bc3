package dev.planned.bench.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test: the paired rounds that bench/run.sh reads the client goal from run, against the
 * real server, and yield the JSON the report reads: each round's two figures and their ratio.
 */
class ClientRoundsTest {
  @Test
  void roundsYieldEachSidesFigureAndTheirRatio() throws Exception {
    JsonNode rounds = new ObjectMapper().readTree(ClientRounds.measure(3, 2, 10));

    assertEquals(3, rounds.get("rounds").asInt());
    assertEquals(2, rounds.get("callsPerBlock").asInt());
    for (int round = 0; round < 3; round++) {
      double generated = rounds.get("generated").get(round).asDouble();
      double handwritten = rounds.get("handwritten").get(round).asDouble();
      assertTrue(generated > 0 && handwritten > 0, rounds::toString);
      assertEquals(generated / handwritten, rounds.get("ratio").get(round).asDouble(), 1e-9);
    }
  }
}
