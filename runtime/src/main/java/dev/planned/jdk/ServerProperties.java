package dev.planned.jdk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JDK server's limits, which it reads from system properties once, when the first server of the
 * JVM is created (its {@code ServerConfig}), and which default to none at all: no time limit on a
 * request or a response, 200 idle keep-alive connections. {@link JdkHttpServers#start} sets the
 * ones below before creating its server, each only if the user has not set it.
 */
final class ServerProperties {
  /**
   * Property, value and why. Seconds for the time limits; when one is reached the server closes the
   * connection (and a thread blocked on it is freed).
   */
  static final Map<String, String> DEFAULTS = defaults();

  private ServerProperties() {}

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    // from the first byte of a request to the end of its body: a slow or stalled client (a slow
    // head, TLS sent to the plain port, a body cut short) no longer holds a thread for ever
    defaults.put("sun.net.httpserver.maxReqTime", "30");
    // from the end of the request to the end of the answer, the endpoint's time included: a
    // client that stops reading is let go, and its connection (with the answer it holds) freed
    defaults.put("sun.net.httpserver.maxRspTime", "60");
    // keep-alive connections kept open between requests; at the default of 200, the 201st idle
    // client finds its connection closed under it (10% of requests failed with 220 clients)
    defaults.put("sun.net.httpserver.maxIdleConnections", "1000");
    // what the server reads of a body left unread before reusing a connection. Planned decides
    // that itself (Exchanges.respond): it never reads a body whose framing failed or that it
    // refused, and the server must not either
    defaults.put("sun.net.httpserver.drainAmount", "0");
    // small answers without Nagle's delay (up to 40 ms on a keep-alive connection)
    defaults.put("sun.net.httpserver.nodelay", "true");
    return Map.copyOf(defaults);
  }

  /** Sets each default the user has not set. Too late if a server was created before. */
  static void applyDefaults() {
    synchronized (System.getProperties()) {
      DEFAULTS.forEach(
          (name, value) -> {
            if (System.getProperty(name) == null) {
              System.setProperty(name, value);
            }
          });
    }
  }
}
