package dev.planned.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.planned.bench.RouteTable.GoRoute;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A benchmark of a broken router is worthless: every contender must send each of the 203 requests
 * to its own route with the right wildcard values, exactly as the benchmarks send them.
 */
class RoutingCorrectnessTest {
  static Stream<Contender> contenders() {
    return Stream.of(
        new PlannedContender(),
        new HandwrittenContender(),
        new JerseyContender(),
        new SpringContender());
  }

  @Test
  void theTableIsTheGoBenchmarks() {
    List<GoRoute> routes = RouteTable.github();
    assertEquals(203, routes.size());
    assertEquals("GET /authorizations", routes.get(0).toString());
    assertEquals("DELETE /user/keys/:id", routes.get(202).toString());
    assertEquals(routes.size(), routes.stream().map(GoRoute::toString).distinct().count());
    assertEquals(
        List.of(":owner", ":repository", ":state", ":keyword"),
        routes.stream()
            .filter(r -> r.path().startsWith("/legacy/issues"))
            .findFirst()
            .orElseThrow()
            .expectedValues());
  }

  @ParameterizedTest
  @MethodSource("contenders")
  void routesEveryRequestOfTheTableToItsRouteWithItsWildcards(Contender contender) {
    for (GoRoute route : RouteTable.github()) {
      contender.hits().reset();
      Object response = contender.route(route.index());
      assertEquals(200, contender.status(response), contender.name() + ": " + route);
      assertEquals(route.index(), contender.hits().route(), contender.name() + ": " + route);
      assertEquals(
          route.expectedValues(), contender.hits().values(), contender.name() + ": " + route);
    }
  }

  @ParameterizedTest
  @MethodSource("contenders")
  void decodesWildcardValues(Contender contender) {
    contender.hits().reset();
    assertEquals(200, contender.status(contender.route("GET", "/users/a%20b%2Fc/keys")));
    assertEquals(
        RouteTable.github().stream()
            .filter(r -> r.toString().equals("GET /users/:user/keys"))
            .findFirst()
            .orElseThrow()
            .index(),
        contender.hits().route());
    assertEquals(List.of("a b/c"), contender.hits().values());
  }

  @ParameterizedTest
  @MethodSource("contenders")
  void answersNoEndpointForPathsAndMethodsOutsideTheTable(Contender contender) {
    for (String[] request :
        new String[][] {
          {"GET", "/nope"},
          {"GET", "/users/x/keys/y"},
          {"PUT", "/user/keys"},
          {"PATCH", "/user/keys/1"},
          {"GET", "/user/keys/"}
        }) {
      if (contender instanceof JerseyContender && request[1].endsWith("/")) {
        continue; // JAX-RS templates match with a trailing slash too: /user/keys/ is /user/keys
      }
      contender.hits().reset();
      Object response = contender.route(request[0], request[1]);
      assertNotEquals(
          200, contender.status(response), contender.name() + ": " + String.join(" ", request));
      assertEquals(
          -1, contender.hits().route(), contender.name() + ": " + String.join(" ", request));
    }
  }
}
