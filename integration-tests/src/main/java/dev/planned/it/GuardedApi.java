package dev.planned.it;

import dev.planned.Body;
import dev.planned.Endpoint;
import dev.planned.Planned;
import dev.planned.Principal;
import dev.planned.RequestAttribute;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Endpoints behind filters, for the filter suite: values filters attach bound as parameters, an
 * endpoint that completes later, a planned one, and failures of every kind for error mapping.
 */
@Endpoint("/guarded")
public interface GuardedApi {
  record User(String name) {}

  /** Answers with the trace the filters attached on the way in. */
  @Endpoint("GET /things/{id}")
  String thing(String id, @RequestAttribute("trace") String trace);

  /** A write: the API's filter lets it through only with the bearer token. */
  @Endpoint("POST /things")
  String create(@Principal User user, @Body String name);

  @Endpoint("GET /whoami")
  String whoami(@Principal Optional<User> user);

  /** Completes a while after it is called, on another thread. */
  @Endpoint("GET /slow")
  CompletionStage<String> slow();

  /** Throws the failure {@code kind} names (see {@link Guarded#failure}). */
  @Endpoint("GET /fail/{kind}")
  String fail(String kind);

  /** Completes exceptionally with the failure {@code kind} names. */
  @Endpoint("GET /fail-later/{kind}")
  CompletionStage<String> failLater(String kind);

  /** Needs an attribute no filter attaches: a bug in the chain. */
  @Endpoint("GET /quota")
  String quota(@RequestAttribute("quota") Integer quota);

  @Planned("Deleting comes later.")
  @Endpoint("DELETE /things/{id}")
  void delete(String id);
}
