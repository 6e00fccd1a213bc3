package dev.planned.processor.report;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic Planned emits: its kind, its stable id and its text, a {@link String#format}
 * format. Call sites name a constant, never a sentence, so that the catalogue reads in one place
 * and keeps one house style: what is wrong, then what to do, naming the element.
 *
 * <p>The id ({@code PLANNED-E001}: E for errors, W for warnings, N for notes) is stable: a message
 * keeps its id when its text improves, a removed message's id is never reused, and a new message
 * takes the next free number of its kind. Users do not see it (javac prints the text alone); it
 * names the message in the README's catalogue, which {@code MessageCatalogueTest} keeps in step
 * with this enum, as it checks that every constant has a test that provokes it.
 */
public enum Message {
  // ---- patterns and base paths (@Endpoint values) ----------------------------------------------
  PATTERN_EMPTY(
      "E001",
      Diagnostic.Kind.ERROR,
      "@Endpoint on a method needs a pattern: write a method and a path, e.g. \"GET /books\"."),
  PATTERN_WITHOUT_METHOD(
      "E002", Diagnostic.Kind.ERROR, "Pattern \"%s\" has no method: write it as \"GET %s\"."),
  PATTERN_WITHOUT_PATH(
      "E003", Diagnostic.Kind.ERROR, "Pattern \"%s\" has no path: write it as \"%s /path\"."),
  PATTERN_WHITE_SPACE_IN_PATH(
      "E004",
      Diagnostic.Kind.ERROR,
      "Pattern \"%s\" has white space in its path: write one method and one path, e.g."
          + " \"GET /books\"."),
  BASE_PATH_WHITE_SPACE(
      "E005",
      Diagnostic.Kind.ERROR,
      "Base path \"%s\" has white space: on the interface @Endpoint takes only a path such as"
          + " \"/v1\"; methods go on each endpoint."),
  BASE_PATH_ROOT(
      "E006",
      Diagnostic.Kind.ERROR,
      "Base path \"/\" ends with \"/\": leave the value out for no base path."),
  BASE_PATH_WILDCARD(
      "E007",
      Diagnostic.Kind.ERROR,
      "Base path \"%s\" has the wildcard %s: a base path is literal; put wildcards in the"
          + " endpoints' patterns."),
  METHOD_NOT_TOKEN(
      "E008",
      Diagnostic.Kind.ERROR,
      "Method \"%s\" in \"%s\" is not an HTTP token: use letters such as GET or POST."),
  METHOD_NOT_UPPER_CASE(
      "E009",
      Diagnostic.Kind.ERROR,
      "Method \"%s\" in \"%s\" is not upper case, and methods are case-sensitive: write \"%s\"."),
  /** The first argument is "Pattern" or "Base path", as are those of the next three. */
  PATH_WITHOUT_LEADING_SLASH(
      "E010", Diagnostic.Kind.ERROR, "%s \"%s\": the path must start with \"/\": write \"/%s\"."),
  PATH_WITH_QUERY(
      "E011",
      Diagnostic.Kind.ERROR,
      "%s \"%s\" has a query or fragment: a pattern matches the path only; remove what follows"
          + " \"?\" or \"#\"."),
  PATH_TRAILING_SLASH(
      "E012",
      Diagnostic.Kind.ERROR,
      "%s \"%s\" ends with \"/\": remove it (\"/books/\" and \"/books\" are different paths, and"
          + " patterns match exactly)."),
  PATH_EMPTY_SEGMENT(
      "E013",
      Diagnostic.Kind.ERROR,
      "%s \"%s\" has an empty segment (\"//\"): remove the extra \"/\"."),
  REST_WILDCARD_NOT_LAST(
      "E014",
      Diagnostic.Kind.ERROR,
      "Wildcard %s in \"%s\" is not the last segment: a {name...} wildcard takes the rest of the"
          + " path, so it must come last."),
  WILDCARD_TWICE(
      "E015",
      Diagnostic.Kind.ERROR,
      "Wildcard {%s} appears twice in \"%s\": give each wildcard its own name."),
  SEGMENT_PERCENT_ENCODED(
      "E016",
      Diagnostic.Kind.ERROR,
      "Segment \"%s\" of \"%s\" is percent-encoded: write the decoded characters, which is what"
          + " patterns match."),
  WILDCARD_NOT_CLOSED(
      "E017", Diagnostic.Kind.ERROR, "Wildcard \"%s\" in \"%s\" is not closed: write \"%s}\"."),
  SEGMENT_MIXES_TEXT_AND_WILDCARD(
      "E018",
      Diagnostic.Kind.ERROR,
      "Segment \"%s\" of \"%s\" mixes text and a wildcard: a wildcard must be a whole segment, as"
          + " in \"/books/{isbn}\"."),
  WILDCARD_WITHOUT_NAME(
      "E019",
      Diagnostic.Kind.ERROR,
      "Wildcard \"%s\" in \"%s\" has no name: name it after the parameter it binds, e.g. {id}."),
  WILDCARD_DOLLAR(
      "E020",
      Diagnostic.Kind.ERROR,
      "Wildcard {$} in \"%s\" is not needed: unlike Go's ServeMux, every pattern matches the whole"
          + " path; remove it."),
  WILDCARD_NOT_IDENTIFIER(
      "E021",
      Diagnostic.Kind.ERROR,
      "Wildcard name \"%s\" in \"%s\" is not a Java identifier: it names the method parameter it"
          + " binds, e.g. {id}."),
  SEGMENT_CHARACTER(
      "E022",
      Diagnostic.Kind.ERROR,
      "Segment \"%s\" of \"%s\" contains %s, which a URL path cannot carry unescaped: use letters,"
          + " digits, -._~!$&'()*+,;=:@ or non-ASCII text."),

  // ---- API interfaces and endpoint declarations ------------------------------------------------
  API_GENERIC(
      "E023",
      Diagnostic.Kind.ERROR,
      "API interface %s is generic: a dispatcher serves one concrete API, so remove the type"
          + " parameters."),
  API_PRIVATE(
      "E024",
      Diagnostic.Kind.ERROR,
      "API interface %s is private: its generated dispatcher lives beside it in the package, so"
          + " make it package-private or public."),
  API_IN_PRIVATE_TYPE(
      "E025",
      Diagnostic.Kind.ERROR,
      "API interface %s is nested in the private %s: the generated dispatcher cannot see it; make"
          + " %s package-private or public."),
  API_EXTENDS_API(
      "E026",
      Diagnostic.Kind.ERROR,
      "API interface %s extends %s, which declares endpoints of its own: a dispatcher serves only"
          + " the endpoints its interface declares. Serve both APIs together, e.g."
          + " JdkHttpServers.handler(a, b), instead of extending, or move the endpoints into one"
          + " interface."),
  ENDPOINT_STATIC(
      "E027",
      Diagnostic.Kind.ERROR,
      "Endpoint %s is static: an endpoint is implemented in the dispatcher's subclass, so declare"
          + " it abstract (no body, no static)."),
  ENDPOINT_DEFAULT(
      "E028",
      Diagnostic.Kind.ERROR,
      "Endpoint %s has a default body: an endpoint is implemented in the dispatcher's subclass, so"
          + " remove the body (or @Planned it)."),
  ENDPOINT_GENERIC(
      "E029",
      Diagnostic.Kind.ERROR,
      "Endpoint %s is generic: the dispatcher cannot choose a type argument for a request, so"
          + " remove its type parameters."),
  ENDPOINT_CLASHES_WITH_DISPATCHER(
      "E030",
      Diagnostic.Kind.ERROR,
      "Endpoint %s has the signature of %s, which the generated dispatcher implements: rename the"
          + " method."),
  ENDPOINT_ON_CLASS_METHOD(
      "E031",
      Diagnostic.Kind.ERROR,
      "@Endpoint is on method %s() of %s, which is not an interface: it belongs on an API"
          + " interface and its methods; move the endpoints to an interface and let the class"
          + " extend the generated dispatcher."),
  ENDPOINT_MISPLACED(
      "E032",
      Diagnostic.Kind.ERROR,
      "@Endpoint is on %s %s: it belongs on an API interface and its methods; move the endpoints"
          + " to an interface and let the class extend the generated dispatcher."),

  // ---- routes ----------------------------------------------------------------------------------
  ROUTE_DUPLICATE(
      "E033",
      Diagnostic.Kind.ERROR,
      "Route \"%s\" on %s matches the same requests as \"%s\" on %s: remove one, or change its"
          + " method or path."),
  ROUTE_CONFLICT(
      "E034",
      Diagnostic.Kind.ERROR,
      "Route \"%s\" on %s conflicts with \"%s\" on %s: both match %s %s and neither is more"
          + " specific. Change one path, or make one more specific than the other."),
  ROUTE_DIFFERS_ONLY_IN_CASE(
      "W001",
      Diagnostic.Kind.WARNING,
      "Route \"%s\" on %s differs from \"%s\" on %s only in letter case: paths are case-sensitive,"
          + " so clients must match each exactly. Spell them the same."),
  ROUTE_OVERLAPS_OTHER_API(
      "W002",
      Diagnostic.Kind.WARNING,
      "Route \"%s\" on %s() of %s overlaps \"%s\" on %s() of %s (both match %s %s): serving both"
          + " APIs in one server fails at start-up. Change one path, or serve them apart."),

  // ---- @Planned --------------------------------------------------------------------------------
  PLANNED_WITHOUT_ENDPOINT(
      "E035",
      Diagnostic.Kind.ERROR,
      "@Planned on %s() needs an @Endpoint: add the pattern it will serve, e.g."
          + " @Endpoint(\"GET /books\")."),
  PLANNED_MISPLACED(
      "E036",
      Diagnostic.Kind.ERROR,
      "@Planned is on %s %s: it belongs on an API interface or one of its @Endpoint methods."),
  PLANNED_INTERFACE_WITHOUT_ENDPOINTS(
      "E037",
      Diagnostic.Kind.ERROR,
      "@Planned on interface %s plans its endpoints, but it declares none: add @Endpoint methods,"
          + " or remove @Planned."),
  PLANNED_INTERFACE_ALTERNATIVE(
      "E038",
      Diagnostic.Kind.ERROR,
      "@Planned on interface %s names an alternative, but an alternative is one endpoint's: move it"
          + " to the @Planned of the endpoint it stands in for."),
  ALTERNATIVE_UNKNOWN(
      "E039",
      Diagnostic.Kind.ERROR,
      "Alternative \"%s\" of %s names no endpoint of %s: write the pattern of an implemented"
          + " endpoint, or remove the alternative."),
  ALTERNATIVE_UNKNOWN_WITH_CHOICES(
      "E040",
      Diagnostic.Kind.ERROR,
      "Alternative \"%s\" of %s names no endpoint of %s: write the pattern of an implemented"
          + " endpoint, one of %s."),
  ALTERNATIVE_ITSELF(
      "E041",
      Diagnostic.Kind.ERROR,
      "Alternative \"%s\" of %s names the endpoint itself: name another, implemented endpoint, or"
          + " remove the alternative."),
  ALTERNATIVE_PLANNED(
      "E042",
      Diagnostic.Kind.ERROR,
      "Alternative \"%s\" of %s names %s, which is planned too: name an implemented endpoint, or"
          + " remove the alternative."),
  PLANNED_LINK_NOT_ABSOLUTE(
      "W003",
      Diagnostic.Kind.WARNING,
      "Link \"%s\" of @Planned on %s is not an absolute URL, and clients receive it as written:"
          + " write it in full, e.g. \"https://example.org/roadmap\"."),

  // ---- results ---------------------------------------------------------------------------------
  RESPONSE_WITH_STATUS(
      "E043",
      Diagnostic.Kind.ERROR,
      "Endpoint %s returns a Response, which carries its own status: remove status = %d."),
  RESULT_UNSUPPORTED(
      "E044",
      Diagnostic.Kind.ERROR,
      "Endpoint %s returns %s, which Planned cannot write: return Response, String (text), byte[],"
          + " void, a type the JSON codec writes (without wildcards or type variables), a Reply of"
          + " one of those bodies, an Optional of one, or a CompletionStage of any of those."),
  STATUS_NOT_SUCCESS(
      "E045",
      Diagnostic.Kind.ERROR,
      "Status %d of %s is not a success status: use 2xx here, and throw HttpException for"
          + " errors."),
  STATUS_WITHOUT_BODY(
      "E046",
      Diagnostic.Kind.ERROR,
      "Status %d of %s has no body, but the method returns %s: return void, or use 200."),

  // ---- parameters ------------------------------------------------------------------------------
  PARAMETER_WITH_TWO_SOURCES(
      "E047",
      Diagnostic.Kind.ERROR,
      "Parameter %s of %s has more than one of @Query, @Header and @Body: keep the one it comes"
          + " from."),
  BODY_TWICE(
      "E048",
      Diagnostic.Kind.ERROR,
      "Endpoint %s has two @Body parameters, %s and %s: a request has one body; keep one."),
  BODY_ON_BODYLESS_METHOD(
      "E049",
      Diagnostic.Kind.ERROR,
      "Parameter %s of %s is the @Body of a %s, whose requests carry none: use POST, PUT or"
          + " PATCH, or take the value from @Query."),
  BODY_ON_DELETE(
      "W004",
      Diagnostic.Kind.WARNING,
      "Parameter %s of %s is the @Body of a DELETE, to which RFC 9110 gives no meaning, and which"
          + " some clients and proxies drop: name what to delete in the path or query, or use"
          + " POST."),
  BODY_UNSUPPORTED(
      "E050",
      Diagnostic.Kind.ERROR,
      "@Body %s of %s has type %s, which Planned cannot read: use String, byte[], InputStream, or"
          + " a type the JSON codec reads, without wildcards or type variables."),
  REQUEST_TWICE(
      "E051", Diagnostic.Kind.ERROR, "Endpoint %s takes the Request twice: remove parameter %s."),
  WILDCARD_BINDS_NO_PARAMETER(
      "E052",
      Diagnostic.Kind.ERROR,
      "Wildcard {%s} of \"%s\" binds no parameter of %s: add a parameter named %s."),
  /** The third argument lists the wildcards, as " ({a}, {b})", or is empty when there are none. */
  PARAMETER_MATCHES_NO_WILDCARD(
      "E053",
      Diagnostic.Kind.ERROR,
      "Parameter %s of %s matches no wildcard of \"%s\": rename it after one%s, add {%s} to the"
          + " path, or annotate it @Query, @Header or @Body."),
  PATH_PARAMETER_OPTIONAL(
      "E054",
      Diagnostic.Kind.ERROR,
      "Path parameter %s of %s is %s, but a path wildcard is always present: declare it as the"
          + " value type itself."),
  PARAMETER_UNSUPPORTED(
      "E055",
      Diagnostic.Kind.ERROR,
      "Parameter %s of %s has type %s, which Planned cannot convert from text: use String, a"
          + " primitive or its box, an enum, a type with a static valueOf(String), of(String) or"
          + " parse(CharSequence) or a String constructor, or Optional or List of one (for @Query"
          + " and @Header)."),
  HEADER_NAME_NOT_TOKEN(
      "E056",
      Diagnostic.Kind.ERROR,
      "Header name \"%s\" of parameter %s of %s is not an HTTP token: name the header, e.g."
          + " @Header(\"X-Request-Id\")."),
  DEFAULT_ON_OPTIONAL(
      "E057",
      Diagnostic.Kind.ERROR,
      "Parameter %s of %s has a default value, so it is never absent: declare it as the value type"
          + " rather than %s, or remove the default."),
  DEFAULT_DOES_NOT_CONVERT(
      "E058",
      Diagnostic.Kind.ERROR,
      "Default value \"%s\" of %s parameter %s of %s is not %s: write a value that converts."),

  // ---- processing ------------------------------------------------------------------------------
  API_NEVER_RESOLVED(
      "E059",
      Diagnostic.Kind.ERROR,
      "%s was not generated: %s names %s, which no round of processing produced. Check its name"
          + " and imports, or that the processor that generates it runs."),
  WRITE_FAILED("E060", Diagnostic.Kind.ERROR, "Could not write %s: %s"),
  PROCESSOR_FAILED(
      "E061",
      Diagnostic.Kind.ERROR,
      "Planned's processor failed unexpectedly; please report this with the trace: %s"),
  SUMMARY_OPTION_INVALID(
      "W005",
      Diagnostic.Kind.WARNING,
      "Option -A%s=%s is neither true nor false: the summary stays off."),
  ROADMAP_SUMMARY("N001", Diagnostic.Kind.NOTE, "%s: %s"),

  // ---- routing rules (Go 1.22's ServeMux) ------------------------------------------------------
  ROUTE_GET_HEAD_CONFLICT(
      "E062",
      Diagnostic.Kind.ERROR,
      "Route \"%s\" on %s conflicts with \"%s\" on %s: a GET route also answers HEAD, so both"
          + " match %s %s, and the HEAD route is not the more specific one. Give the HEAD route a"
          + " path at least as specific as the GET route's, or change one path."),
  PATTERN_DOT_SEGMENT(
      "E063",
      Diagnostic.Kind.ERROR,
      "%s \"%s\" has the dot segment \"%s\": clients remove dot segments before sending a path"
          + " (RFC 3986, section 5.2.4), so it would match no request. Remove the segment."),

  // ---- typed clients (@Client) -----------------------------------------------------------------
  CLIENT_CANNOT_SEND_REQUEST(
      "E080",
      Diagnostic.Kind.ERROR,
      "Parameter %s of %s is the whole Request, which a client cannot send: declare what the"
          + " endpoint reads (@Query, @Header, @Body parameters), or remove @Client from %s."),
  CLIENT_MISPLACED(
      "E081",
      Diagnostic.Kind.ERROR,
      "@Client on %s %s: it belongs on an API interface, one with @Endpoint methods, whose"
          + " client it asks for."),

  // ---- the OpenAPI document ---------------------------------------------------------------------
  OPENAPI_TYPE_NOT_DESCRIBED(
      "W010",
      Diagnostic.Kind.WARNING,
      "The OpenAPI document cannot describe %s: %s. Its schema there allows any JSON value; use a"
          + " record, an enum, a collection or a map of them."),
  OPENAPI_OPTION_INVALID(
      "W011",
      Diagnostic.Kind.WARNING,
      "Option -A%s=%s is neither true nor false: the OpenAPI documents are written."),

  // ---- values filters attach (@RequestAttribute, @Principal) -----------------------------------
  ATTRIBUTE_TYPE_UNKEYABLE(
      "E090",
      Diagnostic.Kind.ERROR,
      "Parameter %s of %s is %s %s, which no attribute key can hold: a key is"
          + " Attribute.of(name, Class), so the type must be a class or interface without type"
          + " arguments (%s), or Optional of one. Wrap the value in a record of your own."),
  ATTRIBUTE_WITH_OTHER_SOURCE(
      "E091",
      Diagnostic.Kind.ERROR,
      "Parameter %s of %s has %s together with another of @RequestAttribute, @Principal, @Query,"
          + " @Header and @Body: keep the one it comes from."),
  ATTRIBUTE_NAME_EMPTY(
      "E092",
      Diagnostic.Kind.ERROR,
      "@RequestAttribute on parameter %s of %s has an empty name: give the name the filter"
          + " attaches it under, as in Attribute.of(\"user\", User.class)."),

  // ---- typed results with status and headers (Reply) -------------------------------------------
  REPLY_WITHOUT_BODY(
      "E095",
      Diagnostic.Kind.ERROR,
      "Endpoint %s returns %s, but a Reply carries a body: return void for 204, or a Response for"
          + " a status or headers without a body.");

  private final String id;
  private final Diagnostic.Kind kind;
  private final String format;

  Message(String number, Diagnostic.Kind kind, String format) {
    this.id = "PLANNED-" + number;
    this.kind = kind;
    this.format = format;
  }

  /** The stable id, such as {@code PLANNED-E001}. */
  public String id() {
    return id;
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The {@link String#format} format of the text. */
  public String format() {
    return format;
  }

  /** The text with its arguments, as the user reads it. */
  public String render(Object... arguments) {
    return String.format(Locale.ROOT, format, arguments);
  }
}
