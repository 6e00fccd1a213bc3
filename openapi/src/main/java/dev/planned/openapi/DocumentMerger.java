package dev.planned.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the OpenAPI 3.1 documents of several APIs into one. The rule is the same at every level:
 * what only one document has is taken; what several have is taken once if they say the same; where
 * they differ the merge fails, naming the APIs and what differs, rather than choosing one silently:
 * a renamed schema would change the names of the types clients generate, and a dropped one would
 * describe the other API wrongly. Only {@code info} is not merged: the caller's is used.
 *
 * <p>Deterministic: paths in the order of the documents and of each document; component names
 * sorted within each kind (schemas, responses, …); other members in the order first seen.
 */
final class DocumentMerger {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The fixed fields of a Path Item that are operations (OpenAPI 3.1, section 4.8.9.1). */
  private static final Set<String> OPERATIONS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final List<String> conflicts = new ArrayList<>();

  /** The API that first brought each member, by the member's description in messages. */
  private final Map<String, String> firstFrom = new HashMap<>();

  /** Path templates by their shape ({@code /a/{}}), to find two that differ only in names. */
  private final Map<String, String> templateByShape = new HashMap<>();

  private DocumentMerger() {}

  /**
   * @throws IllegalArgumentException naming every conflict found, if the documents disagree, or if
   *     one is not an OpenAPI 3.1 document
   */
  static ObjectNode merge(ObjectNode info, List<OpenApi.ApiDocument> sources) {
    return new DocumentMerger().mergeAll(info, sources);
  }

  private ObjectNode mergeAll(ObjectNode info, List<OpenApi.ApiDocument> sources) {
    ObjectNode merged = NODES.objectNode();
    merged.put("openapi", "3.1.0");
    merged.set("info", info.deepCopy());
    ObjectNode paths = NODES.objectNode();
    Map<String, Map<String, JsonNode>> components = new LinkedHashMap<>();
    Map<String, JsonNode> tags = new LinkedHashMap<>();
    Map<String, JsonNode> others = new LinkedHashMap<>();
    for (OpenApi.ApiDocument source : sources) {
      JsonNode document = source.document();
      String version = document.path("openapi").asText("");
      if (!document.isObject() || !version.startsWith("3.1.")) {
        conflicts.add(
            source.api()
                + "'s document is not OpenAPI 3.1"
                + (version.isEmpty() ? "" : " but " + version));
        continue;
      }
      document
          .fields()
          .forEachRemaining(
              member -> {
                switch (member.getKey()) {
                  case "openapi", "info" -> {}
                  case "paths" -> mergePaths(paths, member.getValue(), source.api());
                  case "components" -> mergeComponents(components, member.getValue(), source.api());
                  case "tags" -> mergeTags(tags, member.getValue(), source.api());
                  default ->
                      mergeMember(
                          others,
                          member.getKey(),
                          member.getValue(),
                          "the member " + member.getKey(),
                          "",
                          source.api());
                }
              });
    }
    if (!conflicts.isEmpty()) {
      throw new IllegalArgumentException(
          "The OpenAPI documents cannot be merged: " + String.join("; ", conflicts) + ".");
    }
    if (!tags.isEmpty()) {
      ArrayNode tagArray = merged.putArray("tags");
      tags.values().forEach(tagArray::add);
    }
    merged.set("paths", paths);
    others.forEach(merged::set);
    if (!components.isEmpty()) {
      ObjectNode componentsNode = merged.putObject("components");
      components.forEach(
          (kind, byName) -> {
            ObjectNode kindNode = componentsNode.putObject(kind);
            new TreeMap<>(byName).forEach(kindNode::set);
          });
    }
    return merged;
  }

  private void mergePaths(ObjectNode paths, JsonNode documentPaths, String api) {
    documentPaths
        .fields()
        .forEachRemaining(
            path -> {
              String template = path.getKey();
              String shape = template.replaceAll("\\{[^}/]*}", "{}");
              String sameShape = templateByShape.putIfAbsent(shape, template);
              if (sameShape != null && !sameShape.equals(template)) {
                conflicts.add(
                    "the paths "
                        + sameShape
                        + " ("
                        + firstFrom.get(pathWhat(sameShape))
                        + ") and "
                        + template
                        + " ("
                        + api
                        + ") differ only in the names of their parameters,"
                        + " which OpenAPI does not allow: name them alike");
                return;
              }
              JsonNode item = paths.get(template);
              if (item == null) {
                paths.set(template, path.getValue().deepCopy());
                firstFrom.put(pathWhat(template), api);
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(field -> firstFrom.put(pathMemberWhat(template, field), api));
                return;
              }
              Map<String, JsonNode> fields = new LinkedHashMap<>();
              item.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
              path.getValue()
                  .fields()
                  .forEachRemaining(
                      field ->
                          mergeMember(
                              fields,
                              field.getKey(),
                              field.getValue(),
                              pathMemberWhat(template, field.getKey()),
                              ": only one API may declare it; serve the APIs apart",
                              api));
              ObjectNode mergedItem = NODES.objectNode();
              fields.forEach(mergedItem::set);
              paths.set(template, mergedItem);
            });
  }

  private void mergeComponents(
      Map<String, Map<String, JsonNode>> components, JsonNode documentComponents, String api) {
    documentComponents
        .fields()
        .forEachRemaining(
            kind -> {
              Map<String, JsonNode> byName =
                  components.computeIfAbsent(kind.getKey(), k -> new LinkedHashMap<>());
              kind.getValue()
                  .fields()
                  .forEachRemaining(
                      named ->
                          mergeMember(
                              byName,
                              named.getKey(),
                              named.getValue(),
                              "the component " + kind.getKey() + "/" + named.getKey(),
                              ": rename one of the types, or make them the same",
                              api));
            });
  }

  private void mergeTags(Map<String, JsonNode> tags, JsonNode documentTags, String api) {
    for (JsonNode tag : documentTags) {
      String name = tag.path("name").asText();
      mergeMember(tags, name, tag, "the tag " + name, "", api);
    }
  }

  /** Takes a member the first time, keeps it when the same again, records a conflict otherwise. */
  private void mergeMember(
      Map<String, JsonNode> into,
      String name,
      JsonNode value,
      String what,
      String advice,
      String api) {
    JsonNode existing = into.get(name);
    if (existing == null) {
      into.put(name, value.deepCopy());
      firstFrom.put(what, api);
    } else if (!existing.equals(value)) {
      conflicts.add(what + " differs between " + firstFrom.get(what) + " and " + api + advice);
    }
  }

  private static String pathWhat(String template) {
    return "the path " + template;
  }

  /**
   * {@code the operation GET /a} for an operation, {@code the member parameters of the path /a}.
   */
  private static String pathMemberWhat(String template, String field) {
    return OPERATIONS.contains(field)
        ? "the operation " + field.toUpperCase(Locale.ROOT) + " " + template
        : "the member " + field + " of the path " + template;
  }
}
