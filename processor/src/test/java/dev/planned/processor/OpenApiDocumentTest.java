package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The OpenAPI document the processor writes beside each dispatcher. */
class OpenApiDocumentTest {
  static final JavaFileObject CATALOG = JavaFileObjects.forResource("openapi/CatalogApi.java");
  static final JavaFileObject JSON_PROPERTY =
      JavaFileObjects.forResource("openapi/jackson/JsonProperty.java");
  static final JavaFileObject JSON_IGNORE =
      JavaFileObjects.forResource("openapi/jackson/JsonIgnore.java");

  /** The whole document of an API with every kind of parameter, body, result and type. */
  @Test
  void theDocumentIsTheGoldenOne() {
    Compilation compilation =
        Compilations.compileWithOptions(
            List.of("-Aplanned.openapi.version=1.2.3"), CATALOG, JSON_PROPERTY, JSON_IGNORE);
    assertThat(compilation).succeededWithoutWarnings();
    rewriteGoldenIfAsked(document(compilation, "shop.CatalogApi"));
    assertThat(document(compilation, "shop.CatalogApi"))
        .isEqualTo(resource("openapi/CatalogApi.json"));
  }

  @Test
  void theSameSourcesGiveTheSameBytes() {
    String first =
        document(Compilations.compile(CATALOG, JSON_PROPERTY, JSON_IGNORE), "shop.CatalogApi");
    String second =
        document(Compilations.compile(JSON_IGNORE, JSON_PROPERTY, CATALOG), "shop.CatalogApi");
    assertThat(second).isEqualTo(first);
  }

  @Test
  void theTitleAndVersionAreTheOptions() {
    Compilation compilation =
        Compilations.compileWithOptions(
            List.of("-Aplanned.openapi.title=The Shop", "-Aplanned.openapi.version=2.0.0-SNAPSHOT"),
            CATALOG,
            JSON_PROPERTY,
            JSON_IGNORE);
    assertThat(document(compilation, "shop.CatalogApi"))
        .contains(
            "\"info\": {\n"
                + "    \"title\": \"The Shop\",\n"
                + "    \"version\": \"2.0.0-SNAPSHOT\",\n");
  }

  @Test
  void withoutAVersionTheDocumentSaysUnversioned() {
    Compilation compilation = Compilations.compile(CATALOG, JSON_PROPERTY, JSON_IGNORE);
    assertThat(document(compilation, "shop.CatalogApi"))
        .contains("\"title\": \"CatalogApi\",\n" + "    \"version\": \"unversioned\"");
  }

  @Test
  void optingOutWritesNoDocument() {
    Compilation compilation =
        Compilations.compileWithOptions(
            List.of("-Aplanned.openapi=false"), CATALOG, JSON_PROPERTY, JSON_IGNORE);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            compilation.generatedFile(
                StandardLocation.CLASS_OUTPUT, "META-INF/planned/openapi/shop.CatalogApi.json"))
        .isEmpty();
    assertThat(compilation.generatedSourceFile("shop.CatalogApiDispatcher")).isPresent();
  }

  @Test
  void anOptionNeitherTrueNorFalseIsAWarningAndTheDocumentIsWritten() {
    Compilation compilation =
        Compilations.compileWithOptions(
            List.of("-Aplanned.openapi=no"), CATALOG, JSON_PROPERTY, JSON_IGNORE);
    assertThat(compilation)
        .hadWarningContaining(
            "Option -Aplanned.openapi=no is neither true nor false: the OpenAPI documents are"
                + " written.");
    assertThat(document(compilation, "shop.CatalogApi")).startsWith("{");
  }

  /** A nested interface's document is named by its binary name, as the class loader names it. */
  @Test
  void aNestedApiIsNamedByItsBinaryName() {
    JavaFileObject outer =
        JavaFileObjects.forSourceLines(
            "shop.Outer",
            "package shop;",
            "import dev.planned.Endpoint;",
            "public class Outer {",
            "  public interface InnerApi {",
            "    @Endpoint(\"GET /ping\") String ping();",
            "  }",
            "}");
    Compilation compilation = Compilations.compile(outer);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(document(compilation, "shop.Outer$InnerApi")).contains("\"/ping\"");
  }

  @Test
  void aTypeItCannotDescribeIsAWarningOnTheEndpointAndAnySchema() {
    JavaFileObject api =
        JavaFileObjects.forSourceLines(
            "shop.ShapesApi",
            "package shop;",
            "import dev.planned.Endpoint;",
            "public interface ShapesApi {",
            "  interface Shape {}",
            "  record Drawing(String name, Shape shape) {}",
            "  @Endpoint(\"GET /drawing\") Drawing drawing();",
            "  @Endpoint(\"GET /shape\") Shape shape();",
            "}");
    Compilation compilation = Compilations.compile(api);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "The OpenAPI document cannot describe shop.ShapesApi.Shape: an interface or an"
                + " annotation does not say what is written. Its schema there allows any JSON"
                + " value; use a record, an enum, a collection or a map of them.")
        .inFile(api)
        .onLineContaining("Drawing drawing()");
    String document = document(compilation, "shop.ShapesApi");
    assertThat(document).contains("\"shape\": {}");
    assertThat(document).contains("\"application/json\": {\n" + "                \"schema\": {}\n");
  }

  @Test
  void aTypeItCannotDescribeIsSilentUnderSuppressWarnings() {
    JavaFileObject api =
        JavaFileObjects.forSourceLines(
            "shop.ShapesApi",
            "package shop;",
            "import dev.planned.Endpoint;",
            "@SuppressWarnings(\"planned\")",
            "public interface ShapesApi {",
            "  interface Shape {}",
            "  @Endpoint(\"GET /shape\") Shape shape();",
            "}");
    assertThat(Compilations.compile(api)).succeededWithoutWarnings();
  }

  /** A generic type that grows as it recurses ends in a warning, not a crash. */
  @Test
  void aTypeThatGrowsWithoutEndIsAWarning() {
    JavaFileObject api =
        JavaFileObjects.forSourceLines(
            "shop.TreeApi",
            "package shop;",
            "import dev.planned.Endpoint;",
            "import java.util.List;",
            "public interface TreeApi {",
            "  record Node<T>(T value, Node<List<T>> deeper) {}",
            "  @Endpoint(\"GET /tree\") Node<String> tree();",
            "}");
    Compilation compilation = Compilations.compile(api);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("it nests more than 32 types deep")
        .inFile(api)
        .onLineContaining("tree()");
  }

  /** Two types of one simple name: each takes its qualified name, whichever is met first. */
  @Test
  void typesSharingASimpleNameTakeTheirQualifiedNames() {
    JavaFileObject api =
        JavaFileObjects.forSourceLines(
            "shop.TwoApi",
            "package shop;",
            "import dev.planned.Endpoint;",
            "public interface TwoApi {",
            "  @Endpoint(\"GET /a\") shop.a.Item a();",
            "  @Endpoint(\"GET /b\") shop.b.Item b();",
            "  @Endpoint(\"GET /problem\") shop.a.Problem problem();",
            "}");
    JavaFileObject a =
        JavaFileObjects.forSourceLines(
            "shop.a.Item", "package shop.a;", "public record Item(String a) {}");
    JavaFileObject b =
        JavaFileObjects.forSourceLines(
            "shop.b.Item", "package shop.b;", "public record Item(long b) {}");
    JavaFileObject problem =
        JavaFileObjects.forSourceLines(
            "shop.a.Problem", "package shop.a;", "public record Problem(String why) {}");
    String document = document(Compilations.compile(api, a, b, problem), "shop.TwoApi");
    assertThat(document).contains("\"$ref\": \"#/components/schemas/shop.a.Item\"");
    assertThat(document).contains("\"$ref\": \"#/components/schemas/shop.b.Item\"");
    assertThat(document).contains("\"$ref\": \"#/components/schemas/shop.a.Problem\"");
    assertThat(document)
        .contains(
            "\"Problem\": {\n        \"type\": \"object\",\n"
                + "        \"description\": \"Problem details (RFC 9457)");
  }

  /** Every value type as Jackson writes it, and as a path or query value is converted. */
  @Test
  void valueTypesHaveTheirFormats() {
    JavaFileObject api =
        JavaFileObjects.forSourceLines(
            "shop.ValuesApi",
            "package shop;",
            "import dev.planned.Endpoint;",
            "import dev.planned.Query;",
            "public interface ValuesApi {",
            "  record Values(boolean a, byte b, short c, int d, long e, float f, double g, char h,",
            "      Long i, java.math.BigDecimal j, java.math.BigInteger k, java.util.UUID l,",
            "      java.time.LocalDate m, java.time.Instant n, java.time.OffsetDateTime o,",
            "      java.time.Duration p, java.time.LocalDateTime q, byte[] r, int[] s,",
            "      java.util.Optional<String> t, java.util.OptionalLong u, Object v) {}",
            "  @Endpoint(\"GET /values/{day}\") Values values(java.time.LocalDate day,",
            "      @Query java.time.Duration wait, @Query java.math.BigDecimal amount);",
            "}");
    Compilation compilation = Compilations.compile(api);
    assertThat(compilation).succeededWithoutWarnings();
    String document = document(compilation, "shop.ValuesApi");
    assertThat(document)
        .contains(
            String.join(
                "\n",
                "          \"a\": {",
                "            \"type\": \"boolean\"",
                "          },",
                "          \"b\": {",
                "            \"type\": \"integer\",",
                "            \"format\": \"int32\"",
                "          },",
                "          \"c\": {",
                "            \"type\": \"integer\",",
                "            \"format\": \"int32\"",
                "          },",
                "          \"d\": {",
                "            \"type\": \"integer\",",
                "            \"format\": \"int32\"",
                "          },",
                "          \"e\": {",
                "            \"type\": \"integer\",",
                "            \"format\": \"int64\"",
                "          },",
                "          \"f\": {",
                "            \"type\": \"number\",",
                "            \"format\": \"float\"",
                "          },",
                "          \"g\": {",
                "            \"type\": \"number\",",
                "            \"format\": \"double\"",
                "          },",
                "          \"h\": {",
                "            \"type\": \"string\",",
                "            \"minLength\": 1,",
                "            \"maxLength\": 1",
                "          },",
                "          \"i\": {",
                "            \"type\": [",
                "              \"integer\",",
                "              \"null\"",
                "            ],",
                "            \"format\": \"int64\"",
                "          },",
                "          \"j\": {",
                "            \"type\": [",
                "              \"number\",",
                "              \"null\"",
                "            ]",
                "          },",
                "          \"k\": {",
                "            \"type\": [",
                "              \"integer\",",
                "              \"null\"",
                "            ]",
                "          },",
                "          \"l\": {",
                "            \"type\": [",
                "              \"string\",",
                "              \"null\"",
                "            ],",
                "            \"format\": \"uuid\"",
                "          },",
                "          \"m\": {",
                "            \"type\": [",
                "              \"string\",",
                "              \"null\"",
                "            ],",
                "            \"format\": \"date\"",
                "          },",
                "          \"n\": {",
                "            \"type\": [",
                "              \"string\",",
                "              \"null\"",
                "            ],",
                "            \"format\": \"date-time\"",
                "          },",
                "          \"o\": {",
                "            \"type\": [",
                "              \"string\",",
                "              \"null\"",
                "            ],",
                "            \"format\": \"date-time\"",
                "          },",
                "          \"p\": {",
                "            \"type\": [",
                "              \"number\",",
                "              \"null\"",
                "            ]",
                "          },",
                "          \"q\": {",
                "            \"type\": [",
                "              \"string\",",
                "              \"null\"",
                "            ]",
                "          },",
                "          \"r\": {",
                "            \"type\": [",
                "              \"string\",",
                "              \"null\"",
                "            ],",
                "            \"contentEncoding\": \"base64\"",
                "          },",
                "          \"s\": {",
                "            \"type\": [",
                "              \"array\",",
                "              \"null\"",
                "            ],",
                "            \"items\": {",
                "              \"type\": \"integer\",",
                "              \"format\": \"int32\"",
                "            }",
                "          },",
                "          \"t\": {",
                "            \"type\": [",
                "              \"string\",",
                "              \"null\"",
                "            ]",
                "          },",
                "          \"u\": {",
                "            \"type\": [",
                "              \"integer\",",
                "              \"null\"",
                "            ],",
                "            \"format\": \"int64\"",
                "          },",
                "          \"v\": {}"));
    // as parameters, text converted: a Duration is parsed from "PT5S", not a number
    assertThat(document)
        .contains(
            String.join(
                "\n",
                "            \"name\": \"wait\",",
                "            \"in\": \"query\",",
                "            \"required\": true,",
                "            \"schema\": {",
                "              \"type\": \"string\"",
                "            }"));
    assertThat(document)
        .contains(
            String.join(
                "\n",
                "            \"name\": \"day\",",
                "            \"in\": \"path\",",
                "            \"required\": true,",
                "            \"schema\": {",
                "              \"type\": \"string\",",
                "              \"format\": \"date\"",
                "            }"));
  }

  /** A class that is not a record is described by its public fields and getters, sorted. */
  @Test
  void aClassIsDescribedByItsGettersAndPublicFields() {
    JavaFileObject api =
        JavaFileObjects.forSourceLines(
            "shop.BeanApi",
            "package shop;",
            "import com.fasterxml.jackson.annotation.JsonIgnore;",
            "import dev.planned.Endpoint;",
            "public interface BeanApi {",
            "  class Book {",
            "    public String title;",
            "    public static int COUNT;",
            "    public long getPages() { return 1; }",
            "    public boolean isLent() { return false; }",
            "    public String getURL() { return \"\"; }",
            "    @JsonIgnore public String getSecret() { return \"\"; }",
            "    String getHidden() { return \"\"; }",
            "    public void getNothing() {}",
            "  }",
            "  @Endpoint(\"GET /book\") Book book();",
            "}");
    Compilation compilation = Compilations.compile(api, JSON_IGNORE);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(document(compilation, "shop.BeanApi"))
        .contains(
            String.join(
                "\n",
                "      \"BeanApi.Book\": {",
                "        \"type\": \"object\",",
                "        \"properties\": {",
                "          \"lent\": {",
                "            \"type\": \"boolean\"",
                "          },",
                "          \"pages\": {",
                "            \"type\": \"integer\",",
                "            \"format\": \"int64\"",
                "          },",
                "          \"title\": {",
                "            \"type\": [",
                "              \"string\",",
                "              \"null\"",
                "            ]",
                "          },",
                "          \"url\": {",
                "            \"type\": [",
                "              \"string\",",
                "              \"null\"",
                "            ]",
                "          }",
                "        }",
                "      },"));
  }

  /** Javadoc's block tags and inline tags do not reach the reader of the document. */
  @Test
  void javadocBecomesSummaryAndDescription() {
    JavaFileObject api =
        JavaFileObjects.forSourceLines(
            "shop.DocApi",
            "package shop;",
            "import dev.planned.Endpoint;",
            "public interface DocApi {",
            "  /**",
            "   * Says {@code pong}. Always, and at once:",
            "   * nothing is looked up.",
            "   *",
            "   * <p>See {@link Object}.",
            "   *",
            "   * @return \"pong\"",
            "   */",
            "  @Endpoint(\"GET /ping\") String ping();",
            "}");
    String document = document(Compilations.compile(api), "shop.DocApi");
    assertThat(document)
        .contains(
            "\"summary\": \"Says pong.\",\n"
                + "        \"description\": \"Always, and at once: nothing is looked up.\\n\\nSee"
                + " Object.\",\n");
  }

  /**
   * {@code mvn verify -pl processor -Dplanned.golden.write} rewrites the golden document after a
   * deliberate change: read its diff before committing it.
   */
  private static void rewriteGoldenIfAsked(String document) {
    if (System.getProperty("planned.golden.write") != null) {
      try {
        Files.writeString(Path.of("src/test/resources/openapi/CatalogApi.json"), document);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static String document(Compilation compilation, String binaryName) {
    JavaFileObject file =
        compilation
            .generatedFile(
                StandardLocation.CLASS_OUTPUT, "META-INF/planned/openapi/" + binaryName + ".json")
            .orElseThrow();
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
