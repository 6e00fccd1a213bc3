package dev.planned.it;

/** Implements {@link ShelvesApi}. */
public class Shelves extends ShelvesApiDispatcher {
  @Override
  public String newestIn(String section) {
    return "newest in " + section;
  }
}
