package dev.planned.spi;

import dev.planned.Dispatcher;
import dev.planned.HttpException;
import dev.planned.Problem;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
   * conflicting routes at once, at start-up); a single one serves as it is.
   *
   * @throws IllegalArgumentException if there are none, or several that cannot be combined
   */
  public static Dispatcher serving(Dispatcher... dispatchers) {
    if (dispatchers.length == 1 && dispatchers[0] != null) {
      return dispatchers[0]; // generated, a Router, or hand-written: each answers everything itself
    }
    return Router.of(dispatchers);
  }

  /**
   * The answer to a request, completing when the endpoint does (at once unless it returns a
   * {@code CompletionStage}); never completes exceptionally nor with null. Generated dispatchers
   * and routers already guarantee that; for a hand-written dispatcher, an {@link HttpException}
   * (such as the 413 of {@link Request#body()}) becomes its problem, and any other failure a 500
   * that reveals nothing, logged.
   */
  public static CompletionStage<Response> answer(Dispatcher dispatcher, Request request) {
    CompletionStage<Response> answer;
    try {
      answer = dispatcher.dispatchAsync(request);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(failed(request, e));
    }
    if (answer == null) {
      return CompletableFuture.completedFuture(failed(request, null));
    }
    if (answer instanceof CompletableFuture<Response> now && now.isDone()
        && !now.isCompletedExceptionally() && now.getNow(null) != null) {
      return now; // answered already, as most are: no stage on top of it per request
    }
    return answer.handle((response, failure) ->
        failure == null && response != null ? response : failed(request, failure));
  }

  private static Response failed(Request request, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (cause instanceof HttpException e) {
      return e.toProblem().withRequestPath(request.path()).toResponse();
    }
    LOG.log(Level.ERROR, () -> "Failed to answer " + request, failure);
    return Problem.of(500).withDetail("The server failed to answer the request.")
        .withRequestPath(request.path()).toResponse();
  }

  /**
   * Finishes an exchange: reads what the endpoint left of the request body, then writes the
   * answer (status, headers, and the body unless the request was HEAD or the status forbids one).
   *
   * <p>The unread rest of the body is read and discarded up to {@link #MAX_SWALLOWED} bytes, as
   * Tomcat's {@code maxSwallowSize} does. An answer sent before the body is read (413 from
   * Content-Length, a planned endpoint's 501) would otherwise be followed by closing a connection
   * with unread data, which resets it: a client still sending may never see the answer. A larger
   * body, announced or sent, is left unread and the answer says {@code Connection: close}.
   *
   * @param requestBody the request body as the server gives it (not yet read to its end)
   * @param contentLength the request's Content-Length header, or null
   */
  public static void respond(Response response, String requestMethod, InputStream requestBody,
      String contentLength, ResponseChannel channel) throws IOException {
    Response answer = swallowUnreadBody(requestBody, contentLength)
        ? response : response.withHeaderSet("Connection", "close");
    send(answer, requestMethod, channel);
  }

  /** Whether the body was read to its end, so that the connection can serve another request. */
  private static boolean swallowUnreadBody(InputStream body, String contentLength) {
    try {
      if (contentLength != null && Long.parseLong(contentLength.strip()) > MAX_SWALLOWED) {
        return false;
      }
    } catch (NumberFormatException e) {
      return false;
    }
    try {
      // most requests have no body, or one the endpoint read: no buffer for them, since this runs
      // for every request
      if (body.read() < 0) {
        return true;
      }
    } catch (IOException e) {
      return false; // the client went away; sending the answer will fail as well
    }
    byte[] buffer = new byte[8192];
    long left = MAX_SWALLOWED; // one byte is read; one more than the rest tells a longer body
    try {
      int n;
      while ((n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
        left -= n;
        if (left == 0) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false; // the client went away; sending the answer will fail as well
    }
  }

  /** The body length is always known (bodies are in memory), so nothing is chunked. */
  private static void send(Response response, String requestMethod, ResponseChannel channel)
      throws IOException {
    int status = response.status();
    boolean bodyless = response.bodyLength() == 0 || requestMethod.equals("HEAD")
        || status == 204 || status == 304 || status < 200;
    OutputStream body = channel.begin(status, response.headers(),
        bodyless ? -1 : response.bodyLength());
    if (!bodyless) {
      try (body) {
        response.writeBodyTo(body);
      }
    }
  }
}
