package dev.planned.it;

/** Implements {@link GoRulesApi}: each endpoint says what it bound. */
public class GoRules extends GoRulesApiDispatcher {
  @Override
  public String tail(String tail) {
    return "tail [" + tail + "]";
  }

  @Override
  public String status() {
    return "up";
  }

  @Override
  public String refresh() {
    return "refreshed";
  }

  @Override
  public void delete(String id) {
    // the test only needs the method to exist
  }
}
