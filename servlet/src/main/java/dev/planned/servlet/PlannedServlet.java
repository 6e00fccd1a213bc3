package dev.planned.servlet;

import dev.planned.Dispatcher;
import dev.planned.Problem;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.spi.Exchanges;
import dev.planned.spi.RequestBody;
import dev.planned.spi.ResponseChannel;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Serves one or several Planned dispatchers from a Jakarta Servlet 6 container, with the same
 * answers as every other Planned server: routes, 501 for planned endpoints, 404, 405, problems.
 *
 * <p>Map it at {@code /*} (or {@code /}) to route whole paths, or under a prefix such as {@code
 * /api/*}: the dispatchers then see the path after the context path and that prefix, still
 * percent-encoded as the client sent it, so {@code GET /shop/api/v1/books/1} in a context {@code
 * /shop} with the mapping {@code /api/*} is routed as {@code /v1/books/1}.
 *
 * <p>Three ways to register it:
 *
 * <ul>
 *   <li>embedded, by {@code new}: {@code new PlannedServlet(new Library(), new Loans())}, added to
 *       the container with async support on (see {@link #register} for the one-liner);
 *   <li>from a {@code ServletContainerInitializer} or {@code ServletContextListener}: {@link
 *       #register(ServletContext, String, Dispatcher...)};
 *   <li>in {@code web.xml}: {@code
 *       <servlet-class>dev.planned.servlet.PlannedServlet</servlet-class>} with the init parameter
 *       {@value #DISPATCHERS_PARAMETER} listing dispatcher classes (public, with a public
 *       no-argument constructor), comma-separated, and {@code
 *       <async-supported>true</async-supported>}.
 * </ul>
 *
 * <p>Bodies are streamed to the endpoint that asks for one, refused with 413 past the limit (init
 * parameter {@value #MAX_BODY_SIZE_PARAMETER}, default {@link Request#DEFAULT_MAX_BODY_SIZE}
 * bytes). An endpoint that returns a {@code CompletionStage} frees the container thread until it
 * completes, when the servlet is registered with async support; without it, the thread waits.
 */
public class PlannedServlet extends HttpServlet {
  /** Init parameter: dispatcher class names, comma-separated, for {@code web.xml} registration. */
  public static final String DISPATCHERS_PARAMETER = "dispatchers";

  /** Init parameter: the largest request body accepted, in bytes. */
  public static final String MAX_BODY_SIZE_PARAMETER = "maxBodySize";

  private static final long serialVersionUID = 1L;
  private static final System.Logger LOG = System.getLogger("dev.planned");

  // transient: a container that serializes servlets (none does for live ones) rebuilds it in init
  private transient Dispatcher dispatcher;
  private long maxBodySize = Request.DEFAULT_MAX_BODY_SIZE;

  /** For {@code web.xml} registration: the dispatchers are named by init parameter. */
  public PlannedServlet() {}

  /**
   * Serves these dispatchers together.
   *
   * @throws IllegalArgumentException if routes of different dispatchers conflict
   */
  public PlannedServlet(Dispatcher... dispatchers) {
    this.dispatcher = Exchanges.serving(dispatchers);
  }

  /**
   * Adds a servlet serving these dispatchers to a context being initialized, under this mapping
   * ({@code "/*"}, {@code "/api/*"}), with async support on.
   */
  public static ServletRegistration.Dynamic register(
      ServletContext context, String mapping, Dispatcher... dispatchers) {
    ServletRegistration.Dynamic registration =
        context.addServlet("planned:" + mapping, new PlannedServlet(dispatchers));
    registration.setAsyncSupported(true);
    registration.addMapping(mapping);
    return registration;
  }

  /** Sets the largest request body accepted, in bytes (413 beyond); returns this servlet. */
  public PlannedServlet withMaxBodySize(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("The body size limit must not be negative: " + maxBytes);
    }
    this.maxBodySize = maxBytes;
    return this;
  }

  @Override
  public void init() throws ServletException {
    String limit = getInitParameter(MAX_BODY_SIZE_PARAMETER);
    if (limit != null) {
      try {
        withMaxBodySize(Long.parseLong(limit.strip()));
      } catch (IllegalArgumentException e) {
        throw new ServletException(
            "The init parameter "
                + MAX_BODY_SIZE_PARAMETER
                + " must be a number of bytes, not \""
                + limit
                + "\"");
      }
    }
    if (dispatcher == null) {
      dispatcher =
          DispatcherClasses.instantiate(
              getInitParameter(DISPATCHERS_PARAMETER),
              Thread.currentThread().getContextClassLoader());
    }
  }

  /**
   * Answers every method itself: {@code HttpServlet}'s own dispatch by method would answer PATCH,
   * unknown methods and OPTIONS differently from Planned's semantics.
   */
  @Override
  protected void service(HttpServletRequest servletRequest, HttpServletResponse servletResponse)
      throws IOException {
    RequestBody body = RequestBody.of(new ServletBody(servletRequest));
    Request request =
        Request.of(servletRequest.getMethod(), ServletPaths.routedTarget(servletRequest))
            .withHeaders(headers(servletRequest))
            .withBody(body)
            .withMaxBodySize(maxBodySize);
    if (ServletPaths.hasDotSegment(servletRequest.getRequestURI())) {
      send(
          request,
          Problem.of(400)
              .withDetail("The request path has a \".\" or \"..\" segment;" + " send it resolved.")
              .toResponse(),
          body,
          servletResponse);
      return;
    }
    CompletableFuture<Response> answer =
        Exchanges.answer(dispatcher, request).toCompletableFuture();
    if (answer.isDone() || !servletRequest.isAsyncSupported()) {
      send(request, answer.join(), body, servletResponse);
      return;
    }
    // The endpoint completes later: give the container thread back and answer from the thread
    // that completes it. No async timeout: like every Planned server, the endpoint's stage
    // decides when it is done (CompletableFuture.orTimeout gives it a deadline).
    AsyncContext async = servletRequest.startAsync();
    async.setTimeout(0);
    answer.whenComplete(
        (response, failure) -> {
          try {
            send(request, response, body, servletResponse);
          } finally {
            async.complete();
          }
        });
  }

  /**
   * Answers through {@link Exchanges#respond}, which says {@code Connection: close} when the body
   * failed, was refused, or is not at its end. The container then closes the connection after the
   * answer; what it reads first is its own choice: Jetty closes at once (a client still sending a
   * refused body may see a reset), Tomcat swallows up to its connector's {@code maxSwallowSize}.
   */
  private static void send(
      Request request, Response response, RequestBody body, HttpServletResponse servlet) {
    try {
      Exchanges.respond(request, response, body, channel(servlet));
    } catch (IOException | RuntimeException e) {
      // the client went away mid-answer: nothing to tell it; the container closes the connection
      LOG.log(Level.DEBUG, () -> "Could not send the answer to " + request, e);
    }
  }

  private static ResponseChannel channel(HttpServletResponse servlet) {
    return (status, headers, length) -> {
      servlet.setStatus(status);
      headers.forEach(
          (name, values) -> {
            servlet.setHeader(name, values.get(0)); // replaces any the container set by default
            values.subList(1, values.size()).forEach(value -> servlet.addHeader(name, value));
          });
      if (length < 0) {
        return null;
      }
      servlet.setContentLengthLong(length);
      return servlet.getOutputStream();
    };
  }

  /**
   * The servlet's input stream, asked for only when the body is read: containers send {@code 100
   * Continue} to a client that expects it when the stream is first used (Jetty when it is asked
   * for), and an answer that refuses the body must go out instead.
   */
  private static final class ServletBody extends InputStream {
    private final HttpServletRequest request;
    private InputStream stream;

    ServletBody(HttpServletRequest request) {
      this.request = request;
    }

    @Override
    public int read() throws IOException {
      return stream().read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return stream().read(buffer, offset, length);
    }

    private InputStream stream() throws IOException {
      if (stream == null) {
        stream = request.getInputStream();
      }
      return stream;
    }
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : Collections.list(request.getHeaderNames())) {
      headers
          .computeIfAbsent(name, n -> new ArrayList<>())
          .addAll(Collections.list(request.getHeaders(name)));
    }
    return headers;
  }

  @Override
  public String getServletInfo() {
    return "Planned " + dispatcher;
  }
}
