package dev.planned.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.planned.processor.model.ApiModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Writes a dispatcher's {@code find}: the route a method and raw path match, as a tree of checks on
 * the path's segments ({@link RouteTree}), split into helper methods where a subtree is large.
 *
 * <p>The search runs on the raw path where it lies, through {@code RawPath}: the segment at depth
 * {@code d} lies between the slash at {@code end<d-1>} (0 for the first) and {@code end<d>}, which
 * each node with children declares once. A literal is compared in place, a wildcard checks that its
 * segment is not empty, a rest that its segment exists. Nothing is allocated unless a segment holds
 * a {@code %} escape.
 */
final class FindWriter {
  private FindWriter() {}

  /**
   * A subtree with more routes than this is not searched inline: each of its children gets a method
   * of its own. One method for a whole large API would exceed HotSpot's limit for compiling a
   * method (8000 bytes of bytecode; the 203 routes of the GitHub API came to 12 kB, so {@code find}
   * ran interpreted forever), and at about a thousand routes javac's 64 kB limit ("code too
   * large"). 32 routes stay near 2 kB.
   */
  private static final int INLINE_ROUTES = 32;

  /** At most this many cases in one generated {@code switch} on a segment (about 2.5 kB). */
  private static final int MAX_CASES = 64;

  /**
   * A node with more literal children than this switches on the segment's hash, computed in place,
   * rather than comparing each literal in turn.
   */
  private static final int MAX_LITERAL_CHECKS = 4;

  private static final ClassName RAW_PATH = ClassName.get("dev.planned.internal", "RawPath");

  /** {@code find}, and the helper methods that search its large subtrees: find1, find2, … */
  static List<MethodSpec> methods(ApiModel api) {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(null); // find itself, first
    methods.set(
        0,
        MethodSpec.methodBuilder("find")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addParameter(String.class, "method")
            .addParameter(String.class, "path")
            .addCode(findNode(RouteTree.of(api.endpoints()), 0, methods))
            .addStatement("return NO_ROUTE")
            .build());
    return methods;
  }

  /** Where the segment at this depth starts: the slash before it, 0 for the first segment. */
  private static String slash(int depth) {
    return depth == 0 ? "0" : end(depth - 1);
  }

  /** The local holding where the segment at this depth ends. */
  private static String end(int depth) {
    return "end" + depth;
  }

  /**
   * The search of a child node: inline, or in a helper method when its parent's subtree is large.
   * Either way a miss falls through to the parent's next branch; where the parent has no wildcard
   * and no rest routes, nothing comes after its literals, so a helper's answer is returned as is.
   */
  private static CodeBlock findChild(
      RouteTree parent, RouteTree child, int depth, List<MethodSpec> methods) {
    if (parent.routeCount() <= INLINE_ROUTES) {
      return findNode(child, depth, methods);
    }
    String helper = helper(methods, slash(depth), () -> findNode(child, depth, methods));
    if (parent.wildcard == null && parent.rests.isEmpty()) {
      return CodeBlock.builder()
          .addStatement("return $N(method, path, $N)", helper, slash(depth))
          .build();
    }
    return helperCall(helper, slash(depth));
  }

  /**
   * Returns what a helper found, else goes on; the local is named after the helper, so that several
   * calls in one scope do not clash.
   */
  private static CodeBlock helperCall(String name, String... offsets) {
    String found = "found" + name.substring("find".length());
    String arguments = String.join(", ", offsets);
    return CodeBlock.builder()
        .addStatement("int $N = $N(method, path, $L)", found, name, arguments)
        .beginControlFlow("if ($N != NO_ROUTE)", found)
        .addStatement("return $N", found)
        .endControlFlow()
        .build();
  }

  /**
   * A helper method searching with this code, named find1, find2, … in the order they are made,
   * taking the offsets the code reads.
   */
  private static String helper(List<MethodSpec> methods, String offset, Supplier<CodeBlock> body) {
    return helper(methods, List.of(offset), body);
  }

  private static String helper(
      List<MethodSpec> methods, List<String> offsets, Supplier<CodeBlock> body) {
    String name = "find" + methods.size();
    methods.add(null); // reserve the name before the body's own helpers take the next ones
    int slot = methods.size() - 1;
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(int.class)
            .addParameter(String.class, "method")
            .addParameter(String.class, "path");
    offsets.forEach(offset -> method.addParameter(int.class, offset));
    methods.set(slot, method.addCode(body.get()).addStatement("return NO_ROUTE").build());
    return name;
  }

  /**
   * The search below one node, whose children are the segment at {@code depth}: literals, then the
   * wildcard, then rest routes. A branch that finds no route for the method falls through to the
   * next, so a less specific pattern still matches. Where a child only ends routes, its checks are
   * one condition rather than nested ifs.
   */
  private static CodeBlock findNode(RouteTree node, int depth, List<MethodSpec> methods) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (!node.ends.isEmpty()) {
      // the root's routes ("/") end at once; any other node's where its segment ends the path
      CodeBlock endsHere =
          depth == 0
              ? CodeBlock.of("path.length() == 1")
              : CodeBlock.of("$N == path.length()", slash(depth));
      code.add(methodChecks(endsHere, node.ends));
    }
    if (!node.literals.isEmpty() || node.wildcard != null) {
      code.addStatement("int $N = $T.segmentEnd(path, $L)", end(depth), RAW_PATH, slash(depth));
      if (node.literals.size() > MAX_CASES) {
        // a switch of hundreds of cases is itself too large a method: a helper per group of cases
        List<String> literals = new ArrayList<>(node.literals.keySet());
        for (int from = 0; from < literals.size(); from += MAX_CASES) {
          List<String> group = literals.subList(from, Math.min(from + MAX_CASES, literals.size()));
          List<String> offsets = List.of(slash(depth), end(depth));
          code.add(
              helperCall(
                  helper(methods, offsets, () -> literalSwitch(node, group, depth, methods)),
                  offsets.toArray(String[]::new)));
        }
      } else if (node.literals.size() > MAX_LITERAL_CHECKS) {
        code.add(literalSwitch(node, node.literals.keySet(), depth, methods));
      } else {
        node.literals.forEach(
            (literal, child) ->
                code.add(segmentCheck(node, child, depth, literalCheck(depth, literal), methods)));
      }
      if (node.wildcard != null) {
        code.add(
            segmentCheck(
                node,
                node.wildcard,
                depth,
                CodeBlock.of("$N > $L + 1", end(depth), slash(depth)),
                methods));
      }
    }
    // a {rest...} matches where its segment exists, even empty; the root always has a segment, so
    // that GET /{tail...} matches "/" with tail = "", as Go's ServeMux does
    code.add(
        methodChecks(
            depth == 0 ? null : CodeBlock.of("$N < path.length()", slash(depth)), node.rests));
    return code.build();
  }

  /** Whether the segment at {@code depth} is {@code literal}, decoded. */
  private static CodeBlock literalCheck(int depth, String literal) {
    return CodeBlock.of(
        "$T.segmentIs(path, $L, $N, $S)", RAW_PATH, slash(depth), end(depth), literal);
  }

  /**
   * The search of a child reached when the segment at {@code depth} passes {@code check}. A child
   * where routes only end, searched inline, is one condition: the path ends there, the segment
   * passes, and the method is one of its routes'; so is a child of rest routes only.
   */
  private static CodeBlock segmentCheck(
      RouteTree parent, RouteTree child, int depth, CodeBlock check, List<MethodSpec> methods) {
    if (parent.routeCount() <= INLINE_ROUTES && !child.hasChildren()) {
      return methodChecks(CodeBlock.of("$N == path.length() && $L", end(depth), check), child.ends);
    }
    if (parent.routeCount() <= INLINE_ROUTES && child.hasRestsOnly()) {
      return methodChecks(CodeBlock.of("$L && $N < path.length()", check, end(depth)), child.rests);
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", check)
        .add(findChild(parent, child, depth + 1, methods))
        .endControlFlow()
        .build();
  }

  /**
   * A switch on the hash of the segment at {@code depth}, computed in place, then each literal of
   * that hash compared (two literals may share a hash).
   */
  private static CodeBlock literalSwitch(
      RouteTree node, Collection<String> literals, int depth, List<MethodSpec> methods) {
    Map<Integer, List<String>> byHash = new LinkedHashMap<>();
    for (String literal : literals) {
      byHash.computeIfAbsent(literal.hashCode(), hash -> new ArrayList<>()).add(literal);
    }
    CodeBlock.Builder code =
        CodeBlock.builder()
            .beginControlFlow(
                "switch ($T.segmentHash(path, $L, $N))", RAW_PATH, slash(depth), end(depth));
    byHash.forEach(
        (hash, sameHash) -> {
          code.add(
                  "case $L -> { // $L\n",
                  hash,
                  String.join(
                      ", ",
                      sameHash.stream()
                          .map(literal -> CodeBlock.of("$S", literal).toString())
                          .toList()))
              .indent();
          for (String literal : sameHash) {
            code.add(
                segmentCheck(
                    node,
                    node.literals.get(literal),
                    depth,
                    literalCheck(depth, literal),
                    methods));
          }
          code.unindent().add("}\n");
        });
    // a default, if empty, since Eclipse's compiler warns about a switch without one
    return code.add("default -> {\n")
        .indent()
        .add("// another segment: the branches after this switch may match it\n")
        .unindent()
        .add("}\n")
        .endControlFlow()
        .build();
  }

  /**
   * Returns the route of the request's method among these leaves, where {@code condition} (if not
   * null) holds: one if for a single leaf, else a switch on the method.
   */
  private static CodeBlock methodChecks(CodeBlock condition, List<RouteTree.Leaf> leaves) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (leaves.size() == 1) {
      RouteTree.Leaf leaf = leaves.get(0);
      CodeBlock method = CodeBlock.of("method.equals($S)", leaf.method());
      return code.beginControlFlow(
              "if ($L)", condition == null ? method : CodeBlock.of("$L && $L", condition, method))
          .add("return $L; // $L\n", leaf.route(), leaf.pattern())
          .endControlFlow()
          .build();
    }
    if (leaves.isEmpty()) {
      return code.build();
    }
    if (condition != null) {
      code.beginControlFlow("if ($L)", condition);
    }
    code.beginControlFlow("switch (method)");
    for (RouteTree.Leaf leaf : leaves) {
      code.add("case $S: return $L; // $L\n", leaf.method(), leaf.route(), leaf.pattern());
    }
    code.add("default: break; // another method: the next branch may have it\n");
    code.endControlFlow();
    if (condition != null) {
      code.endControlFlow();
    }
    return code.build();
  }
}
