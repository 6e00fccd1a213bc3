package dev.planned.bench.client;

/** Serves {@link GreetingsApi}: a short answer, so that the client's own work shows. */
public class Greetings extends GreetingsApiDispatcher {
  @Override
  public String greet(String name, int times) {
    return "Hello " + name + " ×" + times;
  }
}
