package dev.planned;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Gives every request an id, carried by {@code X-Request-Id}: the client's or a proxy's if it sent
 * a safe one, a new one otherwise. The id is attached to the request as {@link #ID} (an endpoint
 * takes it as {@code @RequestAttribute("requestId") String id}), sent back in the answer's {@code
 * X-Request-Id}, shown by the {@link AccessLog} and in what Planned logs about a request that
 * failed.
 *
 * <p>An incoming id is kept only if it has 1 to {@value #MAX_LENGTH} characters among letters,
 * digits and {@code - _ . : + / =} (UUIDs, ULIDs, base64, trace ids): anything else is replaced,
 * never echoed into an answer or a log. A new id is 32 hexadecimal digits, random but not secret:
 * an id names a request, it does not authorize anything.
 *
 * <p>Register it first on {@link Router#builder()}, so that every later filter, every answer (404s
 * included) and every log line has the id.
 */
public final class RequestIds implements Filter {
  /** The header that carries the id, in and out. */
  public static final String HEADER = "X-Request-Id";

  /** The request's id, for later filters and endpoints. */
  public static final Attribute<String> ID = Attribute.of("requestId", String.class);

  /** The longest incoming id kept. */
  public static final int MAX_LENGTH = 64;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** The filter; one per server is enough. */
  public RequestIds() {}

  @Override
  public CompletionStage<Response> filter(Request request, Next next) {
    String id = request.header(HEADER).filter(RequestIds::isSafe).orElseGet(RequestIds::newId);
    return next.proceed(request.withAttribute(ID, id))
        .thenApply(response -> response.withHeaderSet(HEADER, id));
  }

  /** Whether an incoming id can be repeated in a header and a log line as it is. */
  static boolean isSafe(String id) {
    if (id.isEmpty() || id.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-_.:+/=".indexOf(c) >= 0;
      if (!safe) {
        return false;
      }
    }
    return true;
  }

  /** 128 random bits in hex: unique enough to find a request, cheap (no SecureRandom lock). */
  static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] id = new char[32];
    long high = random.nextLong();
    long low = random.nextLong();
    for (int i = 0; i < 16; i++) {
      id[15 - i] = HEX[(int) (high >>> (4 * i)) & 0xf];
      id[31 - i] = HEX[(int) (low >>> (4 * i)) & 0xf];
    }
    return new String(id);
  }
}
