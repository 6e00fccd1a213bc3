package dev.planned.bench;

/**
 * The 501 body Planned sends for {@link RouteTable#PLANNED}, written by hand for the contenders
 * that have no Planned: the raw handler and Jersey answer the planned route with exactly the bytes
 * Planned sends (the smoke test compares them), rendered the way a careful engineer would, around
 * the one member that varies, so the HTTP benchmark compares the same work.
 */
public final class PlannedProblem {
  public static final String MESSAGE = "Repository contents are coming; read the tree meanwhile.";
  public static final String RELEASE = "2.0";
  public static final String ALTERNATIVE = "GET /repos/{owner}/{repo}/git/trees/{sha}";
  public static final String CONTENT_TYPE = "application/problem+json";

  private static final String HEAD =
      "{\"type\":\"about:blank\",\"title\":\"Not Implemented\","
          + "\"status\":501,\"detail\":\""
          + MESSAGE
          + "\"";
  private static final String TAIL =
      ",\"method\":\"GET\",\"route\":\""
          + RouteTable.PLANNED.method()
          + " "
          + RouteTable.PLANNED.plannedPath()
          + "\",\"release\":\""
          + RELEASE
          + "\",\"alternative\":\""
          + ALTERNATIVE
          + "\"}";

  private PlannedProblem() {}

  /** The problem JSON for a request to this raw path. */
  public static String json(String instance) {
    StringBuilder json = new StringBuilder(HEAD.length() + TAIL.length() + instance.length() + 16);
    json.append(HEAD).append(",\"instance\":\"");
    for (int i = 0; i < instance.length(); i++) {
      char ch = instance.charAt(i);
      if (ch == '"' || ch == '\\') {
        json.append('\\').append(ch);
      } else if (ch < 0x20) {
        json.append(String.format("\\u%04x", (int) ch));
      } else {
        json.append(ch);
      }
    }
    return json.append('"').append(TAIL).toString();
  }
}
