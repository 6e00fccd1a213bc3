package dev.planned.openapi.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.planned.FixedResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * Swagger UI, served from the {@code org.webjars:swagger-ui} jar, showing an OpenAPI document and
 * marking its planned operations (those with {@code x-planned}) with a badge; their plan is in the
 * description and, with extensions shown, in {@code x-planned} itself.
 *
 * <pre>{@code
 * JdkHttpServers.start(address, new Library(), openApi.servedAt("/openapi.json"),
 *     SwaggerUi.servedAt("/docs", "/openapi.json"));
 * }</pre>
 *
 * <p>The page is at the path given ({@code /docs}), its files under it ({@code
 * /docs/swagger-ui.css}, …); the page refers to them relatively, so that it works under a servlet's
 * context path too. Only those files are served: no request reaches any other resource of the class
 * path.
 */
public final class SwaggerUi {
  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  private static final String WEBJAR_PROPERTIES =
      "META-INF/maven/org.webjars/swagger-ui/pom.properties";
  private static final String OWN = "dev/planned/openapi/ui/";

  // without a space before charset, as Jetty rewrites it: every server then sends the same bytes
  private static final String HTML = "text/html;charset=utf-8";
  private static final String CSS = "text/css;charset=utf-8";
  private static final String JAVASCRIPT = "text/javascript;charset=utf-8";
  private static final String PNG = "image/png";

  private SwaggerUi() {}

  /**
   * A dispatcher serving Swagger UI at {@code path}, showing the document at {@code documentUrl}.
   *
   * @param path where the page is, e.g. {@code /docs}: literal segments, not {@code /} itself
   * @param documentUrl the URL of the OpenAPI document as the browser fetches it, e.g. {@code
   *     /openapi.json}
   */
  public static FixedResources servedAt(String path, String documentUrl) {
    Objects.requireNonNull(documentUrl, "documentUrl");
    if (path.equals("/") || path.endsWith("/")) {
      throw new IllegalArgumentException(
          "Swagger UI needs a path of its own, e.g. /docs, not \""
              + path
              + "\": its files are served under it");
    }
    String webjar = WEBJAR + webjarVersion() + "/";
    // the page's last segment: relative to the page at /a/docs, "./docs/x" is /a/docs/x ("./"
    // so that a segment with a colon is not read as a scheme)
    String base = "./" + encodeSegment(path.substring(path.lastIndexOf('/') + 1));
    String page =
        text(OWN + "index.html")
            .replace("${base}", escapeHtml(base))
            .replace("${document}", escapeHtml(documentUrl));
    return FixedResources.builder()
        .add(path, HTML, page)
        .add(path + "/planned.js", JAVASCRIPT, bytes(OWN + "planned.js"))
        .add(path + "/planned.css", CSS, bytes(OWN + "planned.css"))
        .add(path + "/swagger-ui-bundle.js", JAVASCRIPT, bytes(webjar + "swagger-ui-bundle.js"))
        .add(path + "/swagger-ui.css", CSS, bytes(webjar + "swagger-ui.css"))
        .add(path + "/index.css", CSS, bytes(webjar + "index.css"))
        .add(path + "/favicon-32x32.png", PNG, bytes(webjar + "favicon-32x32.png"))
        .add(path + "/favicon-16x16.png", PNG, bytes(webjar + "favicon-16x16.png"))
        .build();
  }

  /** The version of the webjar on the class path: its files are in a folder of that name. */
  static String webjarVersion() {
    Properties properties = new Properties();
    try (InputStream in = open(WEBJAR_PROPERTIES)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  /** Percent-encodes every byte of a path segment but RFC 3986's unreserved characters. */
  static String encodeSegment(String segment) {
    StringBuilder out = new StringBuilder();
    for (byte b : segment.getBytes(UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append(c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  /** Escapes text for an HTML attribute value in double quotes, or for element content. */
  static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String text(String resource) {
    return new String(bytes(resource), UTF_8);
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = SwaggerUi.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          resource
              + " is not on the class path: planned-openapi-ui"
              + " needs org.webjars:swagger-ui, which it depends on; was it excluded?");
    }
    return in;
  }
}
