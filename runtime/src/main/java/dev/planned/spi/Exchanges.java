package dev.planned.spi;

import dev.planned.Dispatcher;
import dev.planned.HttpException;
import dev.planned.Problem;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Router;
import dev.planned.internal.Answers;
import dev.planned.internal.Completions;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What every server adapter does alike (the JDK server's, the servlet one), kept here once: which
 * dispatcher serves, and how an answer goes onto the wire. For adapter authors, not applications.
 */
public final class Exchanges {
  private static final System.Logger LOG = System.getLogger("dev.planned");

  /** The most of an unread request body that is read and discarded to keep a connection. */
  public static final long MAX_SWALLOWED = 2 << 20;

  private Exchanges() {}

  /**
   * The dispatcher that serves these: several are combined by {@link Router#of} (which refuses
   * conflicting routes at once, at start-up); a single one serves as it is. Logs a warning if
   * planned-processor is on the application's class path, where it does not belong.
   *
   * @throws IllegalArgumentException if there are none, or several that cannot be combined
   */
  public static Dispatcher serving(Dispatcher... dispatchers) {
    // every adapter calls this once, as its server starts: the place to notice a build mistake
    ProcessorOnClassPath.warnIfPresent();
    if (dispatchers.length == 1 && dispatchers[0] != null) {
      return dispatchers[0]; // generated, a Router, or hand-written: each answers everything itself
    }
    return Router.of(dispatchers);
  }

  /**
   * The answer to a request: its {@link #refusal} if it has one, else the dispatcher's, completing
   * when the endpoint does (at once unless it returns a {@code CompletionStage}); never completes
   * exceptionally nor with null. Generated dispatchers and routers already guarantee that; for a
   * hand-written dispatcher, an {@link HttpException} (such as the 413 of {@link Request#body()})
   * becomes its problem, and any other failure a 500 that reveals nothing, logged.
   */
  public static CompletionStage<Response> answer(Dispatcher dispatcher, Request request) {
    Response refusal = refusal(request);
    if (refusal != null) {
      return CompletableFuture.completedFuture(refusal);
    }
    CompletionStage<Response> answer;
    try {
      answer = dispatcher.dispatchAsync(request);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(failed(request, e));
    }
    if (answer == null) {
      return CompletableFuture.completedFuture(failed(request, null));
    }
    if (answer instanceof CompletableFuture<Response> now
        && now.isDone()
        && !now.isCompletedExceptionally()
        && now.getNow(null) != null) {
      return now; // answered already, as most are: no stage on top of it per request
    }
    return answer.handle(
        (response, failure) ->
            failure == null && response != null ? response : failed(request, failure));
  }

  private static Response failed(Request request, Throwable failure) {
    Throwable cause = Completions.cause(failure);
    if (cause instanceof HttpException e) {
      return Answers.of(e, request);
    }
    LOG.log(Level.ERROR, () -> "Failed to answer " + request, failure);
    return Answers.internalError(request);
  }

  /**
   * Finishes an exchange: decides whether the connection can serve another request, then writes the
   * answer (status, headers, and the body unless the request was HEAD or the status forbids one),
   * with {@code Connection: close} when it cannot.
   *
   * <p>A connection is kept only when the request body is known to be at its end. What an endpoint
   * left unread is read and discarded up to {@link #MAX_SWALLOWED} bytes, as Tomcat's {@code
   * maxSwallowSize} does, so that a client still sending sees the answer rather than a reset.
   * Nothing is read, and the connection is closed, when:
   *
   * <ul>
   *   <li>reading the body failed (broken framing, or the client went away): the bytes after it are
   *       not a request, and must never be read as one;
   *   <li>the answer refuses the body without reading it, 413 or 501 (a planned endpoint): waiting
   *       for a body that will be thrown away only delays the answer;
   *   <li>the answer already says {@code Connection: close}, as every {@link #refusal} does;
   *   <li>the body announced is longer than {@link #MAX_SWALLOWED}.
   * </ul>
   *
   * <p>Closing a connection while the client is still sending a sound body resets it, and the
   * client may lose the answer before reading it. So when the framing is sound and the body is
   * still coming, this returns true and leaves the answer's body stream open: the adapter may then
   * {@link #discard} the rest, bounded in time, before closing (a "lingering close", as Jetty and
   * nginx do). Servlet containers do that themselves.
   *
   * @param body the request body, as the adapter gave it to {@code request}
   * @return whether the client may still be sending a body worth lingering for
   */
  public static boolean respond(
      Request request, Response response, RequestBody body, ResponseChannel channel)
      throws IOException {
    if (!saysClose(response) && finishBody(request, response.status(), body)) {
      send(response, request.method(), channel, true);
      return false;
    }
    boolean linger =
        !body.failed()
            && !body.ended()
            && announcesBody(request)
            && framingProblem(request) == null;
    send(response.withHeaderSet("Connection", "close"), request.method(), channel, !linger);
    return linger;
  }

  /**
   * Reads and discards what is left of a sound body, up to {@link #MAX_SWALLOWED} bytes, after the
   * answer: whether its end came.
   */
  public static boolean discard(RequestBody body) {
    return !body.failed() && (body.ended() || swallow(body));
  }

  /**
   * The answer a request gets before any endpoint sees it, when its framing cannot be trusted or
   * its body cannot be understood; null when it may be dispatched. Every refusal closes the
   * connection and leaves the body unread:
   *
   * <ul>
   *   <li>a transfer coding other than {@code chunked} (alone): <b>501</b> naming it (RFC 9112
   *       §6.1: Planned's servers decode no other);
   *   <li>both {@code Transfer-Encoding} and {@code Content-Length}: <b>400</b> (RFC 9112 §6.3, the
   *       shape of request smuggling);
   *   <li>a {@code Content-Length} that is not digits ({@code +5}, {@code 5, 6}): <b>400</b>;
   *   <li>a {@code Content-Length} over the request's {@link Request#maxBodySize()}: <b>413</b> at
   *       once, before a byte of the body is sent or read;
   *   <li>a body with a {@code Content-Encoding} other than {@code identity}: <b>415</b> with
   *       {@code Accept-Encoding: identity} (RFC 9110 §8.4.1 and §15.5.16, RFC 7694): no endpoint
   *       decodes one, and a compressed body parsed as JSON would fail with a misleading error. A
   *       request without a body is not refused for it.
   * </ul>
   */
  public static Response refusal(Request request) {
    Problem framing = framingProblem(request);
    if (framing != null) {
      return refuse(request, framing);
    }
    long length = declaredLength(request);
    if (length > request.maxBodySize()) {
      return refuse(
          request,
          Problem.of(413)
              .withDetail(
                  "The request body is larger than the"
                      + " limit of "
                      + request.maxBodySize()
                      + " bytes."));
    }
    if (length > 0 || request.header("Transfer-Encoding").isPresent()) {
      for (String coding : elements(request.headers("Content-Encoding"))) {
        if (!coding.equalsIgnoreCase("identity")) {
          return refuse(
              Problem.of(415)
                  .withDetail(
                      "The content coding \""
                          + Problem.echo(coding)
                          + "\" is not supported; send the body unencoded.")
                  .withRequestPath(request.path())
                  .toResponse()
                  .withHeaderSet("Accept-Encoding", "identity"));
        }
      }
    }
    return null;
  }

  /** What makes the request's body framing untrustworthy, or null when it is sound. */
  private static Problem framingProblem(Request request) {
    List<String> codings = elements(request.headers("Transfer-Encoding"));
    List<String> lengths = elements(request.headers("Content-Length"));
    if (!codings.isEmpty()) {
      for (String coding : codings) {
        if (!coding.equalsIgnoreCase("chunked")) {
          return Problem.of(501)
              .withDetail(
                  "The transfer coding \""
                      + Problem.echo(coding)
                      + "\" is not supported; send the body as it is, chunked or with"
                      + " Content-Length.");
        }
      }
      if (codings.size() > 1) {
        return Problem.of(400).withDetail("The request body is chunked more than once.");
      }
      if (!lengths.isEmpty()) {
        return Problem.of(400)
            .withDetail(
                "The request has both Transfer-Encoding and Content-Length; send only one.");
      }
    }
    for (String value : lengths) {
      if (value.isEmpty()
          || !value.chars().allMatch(c -> c >= '0' && c <= '9')
          || !value.equals(lengths.get(0))) {
        return Problem.of(400).withDetail("The Content-Length header is not one number of bytes.");
      }
    }
    return null;
  }

  private static Response refuse(Request request, Problem problem) {
    return refuse(problem.withRequestPath(request.path()).toResponse());
  }

  private static Response refuse(Response response) {
    return response.withHeaderSet("Connection", "close");
  }

  /** The comma-separated elements of a header's lines, trimmed, empty ones left out. */
  private static List<String> elements(List<String> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> elements = new ArrayList<>();
    for (String line : lines) {
      for (String element : line.split(",", -1)) {
        String trimmed = element.strip();
        if (!trimmed.isEmpty()) {
          elements.add(trimmed);
        }
      }
    }
    return elements;
  }

  private static boolean saysClose(Response response) {
    return response.headers("Connection").stream()
        .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("close"));
  }

  /** Whether the request body is at its end, so that the connection can serve another request. */
  private static boolean finishBody(Request request, int status, RequestBody body) {
    if (body.failed()) {
      return false;
    }
    if (body.ended() || !announcesBody(request)) {
      return true; // the JDK adapter reads an empty body's end itself
    }
    if (status == 413 || status == 501) {
      return false;
    }
    if (declaredLength(request) > MAX_SWALLOWED) {
      return false;
    }
    return swallow(body);
  }

  /** The Content-Length, once {@link #framingProblem} found it digits; 0 if absent. */
  private static long declaredLength(Request request) {
    List<String> lengths = elements(request.headers("Content-Length"));
    if (lengths.isEmpty()) {
      return 0;
    }
    String digits = lengths.get(0);
    return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  /**
   * Whether the request announces a body: chunked, or a Content-Length other than 0. One without is
   * at its end before a byte is read.
   */
  public static boolean announcesBody(Request request) {
    return request.header("Transfer-Encoding").isPresent()
        || request
            .header("Content-Length")
            .filter(length -> !length.strip().equals("0"))
            .isPresent();
  }

  /** Reads and discards the rest of the body: whether its end came within the limit. */
  private static boolean swallow(RequestBody body) {
    byte[] buffer = new byte[8192];
    long left = MAX_SWALLOWED + 1; // one more than the limit tells a longer body
    try {
      int n;
      while ((n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
        left -= n;
        if (left == 0) {
          return false;
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false; // broken framing, or the client went away: the body stream records which
    }
  }

  /** The body length is always known (bodies are in memory), so nothing is chunked. */
  private static void send(
      Response response, String requestMethod, ResponseChannel channel, boolean closeBody)
      throws IOException {
    int status = response.status();
    boolean bodyless =
        response.bodyLength() == 0
            || requestMethod.equals("HEAD")
            || status == 204
            || status == 304
            || status < 200;
    OutputStream body =
        channel.begin(status, response.headers(), bodyless ? -1 : response.bodyLength());
    if (!bodyless) {
      response.writeBodyTo(body);
      if (closeBody) {
        body.close();
      } else {
        body.flush(); // the answer is out; closing the exchange will end it
      }
    }
  }
}
