package dev.planned.bench.client;

import dev.planned.Client;
import dev.planned.Endpoint;
import dev.planned.Query;

/** The API the client benchmark calls: one path wildcard, one query parameter, a text result. */
@Client
@Endpoint("/bench")
public interface GreetingsApi {
  @Endpoint("GET /greetings/{name}")
  String greet(String name, @Query int times);
}
