package dev.planned.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example answers alike on the JDK server and on Jetty: status, body, and the headers that
 * carry meaning (media types compared as media types: Jetty drops the space after ';').
 */
class SameAnswersTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /**
   * Method, target, Content-Type and body of each request compared, sent with the demo token unless
   * a fifth element says otherwise.
   */
  private static final List<String[]> REQUESTS =
      List.of(
          new String[] {"GET", "/api/users", null, null},
          new String[] {"GET", "/api/users/1", null, null},
          new String[] {"HEAD", "/api/users/1", null, null},
          new String[] {"GET", "/api/users/999", null, null},
          new String[] {"GET", "/api/users?limit=abc", null, null},
          new String[] {"GET", "/api/users/x", null, null},
          new String[] {"PATCH", "/api/users/1", "application/json", "{}"},
          new String[] {"PUT", "/api/reports/export", null, null},
          new String[] {"GET", "/api/reports/user-count", null, null},
          new String[] {"DELETE", "/api/reports", null, null},
          new String[] {"OPTIONS", "/api/users/1", null, null},
          new String[] {"FOO", "/api/users", null, null},
          new String[] {"GET", "/nowhere", null, null},
          new String[] {"POST", "/api/users", "text/plain", "hello"},
          new String[] {"POST", "/api/users", "application/json", "{\"name\":"},
          new String[] {
            "POST", "/api/users", "application/json", "{\"name\":\"\",\"email\":\"a@b\"}"
          },
          new String[] {"DELETE", "/api/users/999", null, null},
          new String[] {"DELETE", "/api/users/1", null, null, "without the token"});

  @Test
  void jdkServerAndJettyAnswerAlike() throws Exception {
    try (RunningExample jdk = ExampleServer.start(0);
        RunningExample jetty = JettyExampleServer.start(0)) {
      for (String[] request : REQUESTS) {
        assertEquals(answer(jdk, request), answer(jetty, request), request[0] + " " + request[1]);
      }
    }
  }

  private static String answer(RunningExample server, String[] request) throws Exception {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + request[1]))
            .method(
                request[0],
                request[3] == null ? BodyPublishers.noBody() : BodyPublishers.ofString(request[3]));
    if (request[2] != null) {
      builder.header("Content-Type", request[2]);
    }
    if (request.length < 5) {
      builder.header("Authorization", "Bearer " + ExampleApis.DEMO_TOKEN);
    }
    HttpResponse<String> response = CLIENT.send(builder.build(), BodyHandlers.ofString());
    return response.statusCode()
        + "\nContent-Type: "
        + header(response, "Content-Type").replace("; ", ";")
        + "\nContent-Length: "
        + header(response, "Content-Length")
        + "\nAllow: "
        + header(response, "Allow")
        + "\nCache-Control: "
        + header(response, "Cache-Control")
        + "\nWWW-Authenticate: "
        + header(response, "WWW-Authenticate")
        + "\n\n"
        + response.body();
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }
}
