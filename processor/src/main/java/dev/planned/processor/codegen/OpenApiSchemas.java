package dev.planned.processor.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The JSON Schemas of the types of one API, as Planned's Jackson codec writes them: a schema for
 * each Java type, and the named ones ({@code components.schemas}) that records and enums become.
 *
 * <p>A named type is referred to by {@code $ref} from its first use on, so a recursive record is
 * described once. Its name is settled only when {@link #components} is asked for, when every type
 * of the API is known: the simple name ({@code Outer.Inner} for a nested type, {@code
 * Outer.Page_Item} for {@code Outer.Page<Outer.Item>}), or, where two types of the API would share
 * it, each one's qualified name. {@code Problem} is Planned's own, so a type of that simple name is
 * always qualified.
 *
 * <p>Jackson's {@code @JsonProperty} and {@code @JsonIgnore} are read by name: the processor takes
 * no Jackson dependency.
 */
final class OpenApiSchemas {
  /** The schema of Planned's problem answers, a name no type of the API takes. */
  static final String PROBLEM = "Problem";

  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";

  /** The most named types described one inside another. */
  private static final int MAX_DEPTH = 32;

  /** What the mapper reports a type it cannot describe to, with why. */
  interface Undescribed {
    void report(Element where, TypeMirror type, String why);
  }

  /** A {@code $ref} whose target name is settled once every named type is known. */
  private static final class Reference {
    private final TypeMirror type;
    private String name;

    Reference(TypeMirror type) {
      this.type = type;
    }

    @Override
    public String toString() {
      return "#/components/schemas/" + name;
    }
  }

  private final Elements elements;
  private final Types types;
  private final Undescribed undescribed;

  /** The named types by their full type name, each with its schema, filled in as met. */
  private final Map<String, Reference> references = new TreeMap<>();

  private final Map<String, Map<String, Object>> schemas = new TreeMap<>();

  /** How many named types are being described, one inside another. */
  private int describing;

  /** The type names already reported, so that each is reported once per API. */
  private final Set<String> reported = new TreeSet<>();

  OpenApiSchemas(Elements elements, Types types, Undescribed undescribed) {
    this.elements = elements;
    this.types = types;
    this.undescribed = undescribed;
  }

  /** The element whose types are being described, where a type not described is reported. */
  private Element where;

  /** The schema of a value of this type, as written in JSON, used by {@code where}. */
  Map<String, Object> of(TypeMirror type, Element where) {
    this.where = where;
    return of(type);
  }

  private Map<String, Object> of(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return schema("boolean", null);
      case BYTE:
      case SHORT:
      case INT:
        return schema("integer", "int32");
      case LONG:
        return schema("integer", "int64");
      case FLOAT:
        return schema("number", "float");
      case DOUBLE:
        return schema("number", "double");
      case CHAR:
        return character();
      case ARRAY:
        return array((ArrayType) type);
      case DECLARED:
        return declared((DeclaredType) type);
      case WILDCARD:
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? new LinkedHashMap<>() : of(bound);
      default:
        return notDescribed(type, "its type is not known where the document is written");
    }
  }

  /** The schema of a value that may be absent, written as {@code null}. */
  static Map<String, Object> nullable(Map<String, Object> schema) {
    Map<String, Object> nullable = new LinkedHashMap<>();
    if (schema.get("type") instanceof String type) {
      nullable.putAll(schema);
      nullable.put("type", List.of(type, "null"));
    } else {
      nullable.put("anyOf", List.of(schema, schema("null", null)));
    }
    return nullable;
  }

  /** Every named schema, by name: the API's types and {@link #PROBLEM}, sorted. */
  Map<String, Object> components() {
    nameReferences();
    Map<String, Object> components = new TreeMap<>();
    references.forEach((key, reference) -> components.put(reference.name, schemas.get(key)));
    components.put(PROBLEM, ProblemSchema.SCHEMA);
    return components;
  }

  /** The reference to {@link #PROBLEM}. */
  static Map<String, Object> problemReference() {
    Map<String, Object> reference = new LinkedHashMap<>();
    reference.put("$ref", "#/components/schemas/" + PROBLEM);
    return reference;
  }

  private void nameReferences() {
    Map<String, List<Reference>> bySimpleName = new TreeMap<>();
    for (Reference reference : references.values()) {
      bySimpleName
          .computeIfAbsent(simpleName(reference.type), name -> new ArrayList<>())
          .add(reference);
    }
    bySimpleName.forEach(
        (name, shared) -> {
          boolean unique = shared.size() == 1 && !name.equals(PROBLEM);
          for (Reference reference : shared) {
            reference.name = unique ? name : qualifiedName(reference.type);
          }
        });
  }

  private Map<String, Object> declared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    switch (name) {
      case "java.lang.String":
      case "java.lang.CharSequence":
      case "java.time.LocalDateTime":
      case "java.time.LocalTime":
      case "java.time.YearMonth":
      case "java.time.MonthDay":
      case "java.time.Year":
      case "java.time.Period":
      case "java.time.ZoneId":
      case "java.time.ZoneOffset":
        return schema("string", null);
      case "java.lang.Boolean":
        return schema("boolean", null);
      case "java.lang.Byte":
      case "java.lang.Short":
      case "java.lang.Integer":
        return schema("integer", "int32");
      case "java.lang.Long":
        return schema("integer", "int64");
      case "java.lang.Float":
        return schema("number", "float");
      case "java.lang.Double":
        return schema("number", "double");
      case "java.lang.Character":
        return character();
      case "java.math.BigDecimal":
      case "java.time.Duration": // Jackson writes seconds, 1.5 for 1500 ms
        return schema("number", null);
      case "java.math.BigInteger":
        return schema("integer", null);
      case "java.util.UUID":
        return schema("string", "uuid");
      case "java.net.URI":
      case "java.net.URL":
        return schema("string", "uri");
      case "java.time.LocalDate":
        return schema("string", "date");
      case "java.time.OffsetTime":
        return schema("string", "time");
      case "java.time.Instant":
      case "java.time.OffsetDateTime":
      case "java.time.ZonedDateTime":
      case "java.util.Date":
        return schema("string", "date-time");
      case "java.lang.Object":
        return new LinkedHashMap<>(); // any JSON value
      case "java.util.Optional":
        return arguments.isEmpty() ? new LinkedHashMap<>() : nullable(of(arguments.get(0)));
      case "java.util.OptionalInt":
        return nullable(schema("integer", "int32"));
      case "java.util.OptionalLong":
        return nullable(schema("integer", "int64"));
      case "java.util.OptionalDouble":
        return nullable(schema("number", "double"));
      default:
        break;
    }
    if (isSubtype(type, "java.util.Map")) {
      Map<String, Object> schema = schema("object", null);
      schema.put("additionalProperties", arguments.size() == 2 ? of(arguments.get(1)) : Map.of());
      return schema;
    }
    if (isSubtype(type, "java.util.Collection")) {
      Map<String, Object> schema = schema("array", null);
      schema.put("items", arguments.size() == 1 ? of(arguments.get(0)) : Map.of());
      if (isSubtype(type, "java.util.Set")) {
        schema.put("uniqueItems", true);
      }
      return schema;
    }
    if (element.getKind() == ElementKind.ENUM
        || element.getKind() == ElementKind.RECORD
        || element.getKind() == ElementKind.CLASS
            && !element.getModifiers().contains(Modifier.ABSTRACT)) {
      return reference(type, element);
    }
    return notDescribed(
        type,
        element.getKind().isInterface()
            ? "an interface or an annotation does not say what is written"
            : "an abstract class does not say what its subclasses write");
  }

  private Map<String, Object> reference(DeclaredType type, TypeElement element) {
    String key = type.toString();
    Reference reference = references.get(key);
    if (reference == null && describing >= MAX_DEPTH) {
      // a generic type that grows as it recurses (Node<T> holding a Node<List<T>>) has no end
      return notDescribed(type, "it nests more than " + MAX_DEPTH + " types deep");
    }
    if (reference == null) {
      reference = new Reference(type);
      // known before its members are described, so that a recursive one refers to it
      references.put(key, reference);
      describing++;
      Map<String, Object> schema =
          switch (element.getKind()) {
            case ENUM -> enumSchema(element);
            case RECORD -> recordSchema(type, element);
            default -> beanSchema(type, element);
          };
      describing--;
      schemas.put(key, described(element, schema));
    }
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", reference);
    return ref;
  }

  /** The schema with the type's Javadoc as its description, after its type. */
  private Map<String, Object> described(TypeElement element, Map<String, Object> schema) {
    Optional<Javadoc> doc = Javadoc.of(elements.getDocComment(element));
    if (doc.isEmpty()) {
      return schema;
    }
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("type", schema.remove("type"));
    described.put("description", doc.get().text());
    described.putAll(schema);
    return described;
  }

  private static Map<String, Object> enumSchema(TypeElement element) {
    List<Object> constants = new ArrayList<>();
    for (Element constant : element.getEnclosedElements()) {
      if (constant.getKind() == ElementKind.ENUM_CONSTANT && !isIgnored(constant)) {
        constants.add(jsonName(constant).orElse(constant.getSimpleName().toString()));
      }
    }
    Map<String, Object> schema = schema("string", null);
    schema.put("enum", constants);
    return schema;
  }

  /**
   * A record as Jackson writes it: each component, under its {@code @JsonProperty} name, unless
   * {@code @JsonIgnore}d. Every one is required but an {@code Optional}, which says that it may be
   * absent (its empty is written as null); any of a reference type may be null.
   */
  private Map<String, Object> recordSchema(DeclaredType type, TypeElement element) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    Map<String, Object> schema = schema("object", null);
    for (RecordComponentElement component :
        ElementFilter.recordComponentsIn(element.getEnclosedElements())) {
      ExecutableElement accessor = component.getAccessor();
      List<Element> annotated = new ArrayList<>(List.of(component, accessor));
      ElementFilter.fieldsIn(element.getEnclosedElements()).stream()
          .filter(field -> field.getSimpleName().equals(component.getSimpleName()))
          .forEach(annotated::add);
      if (annotated.stream().anyMatch(OpenApiSchemas::isIgnored)) {
        continue;
      }
      String name =
          annotated.stream()
              .map(OpenApiSchemas::jsonName)
              .flatMap(Optional::stream)
              .findFirst()
              .orElse(component.getSimpleName().toString());
      TypeMirror componentType =
          ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
      properties.put(name, property(componentType));
      if (!isOptional(componentType)) {
        required.add(name);
      }
    }
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /**
   * A property's schema: a reference type's may be null, since Jackson writes a null field as
   * {@code null} (the contract tests caught a record's null date being written so).
   */
  private Map<String, Object> property(TypeMirror type) {
    Map<String, Object> schema = of(type);
    return type.getKind().isPrimitive() || isOptional(type) || schema.isEmpty()
        ? schema
        : nullable(schema);
  }

  /**
   * A class as Jackson writes it by default: its public fields and getters ({@code getName()},
   * {@code isActive()} for a boolean), sorted by name. What it reads depends on its setters and
   * constructors, which the schema does not try to say: it describes the written form.
   */
  private Map<String, Object> beanSchema(DeclaredType type, TypeElement element) {
    Map<String, Object> properties = new TreeMap<>();
    for (Element member : elements.getAllMembers(element)) {
      if (!member.getModifiers().contains(Modifier.PUBLIC)
          || member.getModifiers().contains(Modifier.STATIC)
          || ((TypeElement) member.getEnclosingElement())
              .getQualifiedName()
              .contentEquals("java.lang.Object")
          || isIgnored(member)) {
        continue;
      }
      Optional<String> name = Optional.empty();
      TypeMirror memberType = types.asMemberOf(type, member);
      if (member.getKind() == ElementKind.FIELD) {
        name = Optional.of(member.getSimpleName().toString());
      } else if (member.getKind() == ElementKind.METHOD
          && ((ExecutableElement) member).getParameters().isEmpty()) {
        memberType = ((ExecutableType) memberType).getReturnType();
        name = propertyOfGetter(member.getSimpleName().toString(), memberType);
      }
      if (name.isPresent()) {
        String jsonName = jsonName(member).orElse(name.get());
        properties.put(jsonName, property(memberType));
      }
    }
    Map<String, Object> schema = schema("object", null);
    schema.put("properties", properties);
    return schema;
  }

  /**
   * {@code name} for {@code getName()}, {@code url} for {@code getURL()}, as Jackson names them.
   */
  private static Optional<String> propertyOfGetter(String method, TypeMirror returned) {
    String rest;
    if (method.startsWith("get") && method.length() > 3 && returned.getKind() != TypeKind.VOID) {
      rest = method.substring(3);
    } else if (method.startsWith("is")
        && method.length() > 2
        && returned.getKind() == TypeKind.BOOLEAN) {
      rest = method.substring(2);
    } else {
      return Optional.empty();
    }
    int upper = 0;
    while (upper < rest.length() && Character.isUpperCase(rest.charAt(upper))) {
      upper++;
    }
    // Jackson (without USE_STD_BEAN_NAMING) lower-cases every leading capital: getURLPath is
    // "urlpath", getUrlPath "urlPath"
    return Optional.of(
        rest.substring(0, upper).toLowerCase(java.util.Locale.ROOT) + rest.substring(upper));
  }

  private Map<String, Object> notDescribed(TypeMirror type, String why) {
    if (reported.add(type.toString())) {
      undescribed.report(where, type, why);
    }
    return new LinkedHashMap<>(); // says only what is known: some JSON value
  }

  private Map<String, Object> array(ArrayType type) {
    TypeKind component = type.getComponentType().getKind();
    if (component == TypeKind.BYTE) {
      Map<String, Object> schema = schema("string", null);
      schema.put("contentEncoding", "base64"); // as Jackson writes a byte[]
      return schema;
    }
    if (component == TypeKind.CHAR) {
      return schema("string", null); // Jackson writes a char[] as a string
    }
    Map<String, Object> schema = schema("array", null);
    schema.put("items", of(type.getComponentType()));
    return schema;
  }

  private static Map<String, Object> character() {
    Map<String, Object> schema = schema("string", null);
    schema.put("minLength", 1);
    schema.put("maxLength", 1);
    return schema;
  }

  static Map<String, Object> schema(String type, String format) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", type);
    if (format != null) {
      schema.put("format", format);
    }
    return schema;
  }

  private boolean isSubtype(DeclaredType type, String supertype) {
    TypeElement element = (TypeElement) type.asElement();
    if (element.getQualifiedName().contentEquals(supertype)) {
      return true;
    }
    TypeMirror raw = types.erasure(type);
    for (TypeMirror direct : types.directSupertypes(raw)) {
      if (direct instanceof DeclaredType declared && isSubtype(declared, supertype)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOptional(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement())
            .getQualifiedName()
            .toString()
            .startsWith("java.util.Optional");
  }

  /** {@code Outer.Inner}, and {@code Page_Item} for {@code Page<Item>}. */
  private static String simpleName(TypeMirror type) {
    if (!(type instanceof DeclaredType declared)) {
      return safe(type.toString());
    }
    StringBuilder name = new StringBuilder();
    Element element = declared.asElement();
    while (element instanceof TypeElement typeElement) {
      name.insert(
          0,
          name.length() == 0
              ? typeElement.getSimpleName() + ""
              : typeElement.getSimpleName() + ".");
      element = typeElement.getEnclosingElement();
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      name.append('_').append(argumentName(argument));
    }
    return name.toString();
  }

  /** A type argument in a name: its own simple name, without the types around it. */
  private static String argumentName(TypeMirror type) {
    if (!(type instanceof DeclaredType declared)) {
      return safe(type.toString());
    }
    StringBuilder name = new StringBuilder(declared.asElement().getSimpleName());
    for (TypeMirror argument : declared.getTypeArguments()) {
      name.append('_').append(argumentName(argument));
    }
    return name.toString();
  }

  /** {@code com.example.Page_com.example.Item}: unique within an API. */
  private static String qualifiedName(TypeMirror type) {
    if (!(type instanceof DeclaredType declared)) {
      return safe(type.toString());
    }
    StringBuilder name = new StringBuilder(((TypeElement) declared.asElement()).getQualifiedName());
    for (TypeMirror argument : declared.getTypeArguments()) {
      name.append('_').append(qualifiedName(argument));
    }
    return name.toString();
  }

  /** A name OpenAPI takes as a component's: letters, digits, {@code .}, {@code _}, {@code -}. */
  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static boolean isIgnored(Element element) {
    return annotation(element, JSON_IGNORE)
        .map(ignore -> value(ignore, "value").map(v -> (Boolean) v.getValue()).orElse(true))
        .orElse(false);
  }

  /** The name a {@code @JsonProperty} gives, if it gives one. */
  private static Optional<String> jsonName(Element element) {
    return annotation(element, JSON_PROPERTY)
        .flatMap(property -> value(property, "value"))
        .map(value -> (String) value.getValue())
        .filter(name -> !name.isEmpty());
  }

  private static Optional<AnnotationMirror> annotation(Element element, String name) {
    if (element == null) {
      return Optional.empty();
    }
    return element.getAnnotationMirrors().stream()
        .filter(
            mirror ->
                ((TypeElement) mirror.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(name))
        .map(mirror -> (AnnotationMirror) mirror)
        .findFirst();
  }

  private static Optional<AnnotationValue> value(AnnotationMirror mirror, String member) {
    return mirror.getElementValues().entrySet().stream()
        .filter(entry -> entry.getKey().getSimpleName().contentEquals(member))
        .map(entry -> (AnnotationValue) entry.getValue())
        .findFirst();
  }
}
