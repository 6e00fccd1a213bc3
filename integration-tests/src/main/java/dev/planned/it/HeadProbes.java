package dev.planned.it;

/** Implements {@link HeadProbesApi}. */
public class HeadProbes extends HeadProbesApiDispatcher {
  @Override
  public void probe(String isbn) {
    // a HEAD answer has no body
  }
}
