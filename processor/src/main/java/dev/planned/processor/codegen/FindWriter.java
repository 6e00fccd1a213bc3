package dev.planned.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.planned.processor.model.ApiModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Writes a dispatcher's {@code find}: the route a method and path match, as a tree of
 * {@code switch}es on the path's segments ({@link RouteTree}), split into helper methods where a
 * subtree is large.
 */
final class FindWriter {
  private FindWriter() {}

  /**
   * A subtree with more routes than this is not searched inline: each of its children gets a
   * method of its own. One method for a whole large API would exceed HotSpot's limit for
   * compiling a method (8000 bytes of bytecode; the 203 routes of the GitHub API came to 12 kB, so
   * {@code find} ran interpreted forever), and at about a thousand routes javac's 64 kB limit
   * ("code too large"). 32 routes stay near 2 kB.
   */
  private static final int INLINE_ROUTES = 32;

  /** At most this many cases in one generated {@code switch} on a segment (about 2.5 kB). */
  private static final int MAX_CASES = 64;

  /** {@code find}, and the helper methods that search its large subtrees: find1, find2, … */
  static List<MethodSpec> methods(ApiModel api) {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(null); // find itself, first
    methods.set(0, MethodSpec.methodBuilder("find")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addParameter(String.class, "method")
        .addParameter(String[].class, "path")
        .addCode(findNode(RouteTree.of(api.endpoints()), 0, methods))
        .addStatement("return NO_ROUTE")
        .build());
    return methods;
  }

  /**
   * The search of a child node: inline, or in a helper method when its parent's subtree is large.
   * Either way a miss falls through to the parent's next branch.
   */
  private static CodeBlock findChild(RouteTree parent, RouteTree child, int depth, List<MethodSpec> methods) {
    if (parent.routeCount() <= INLINE_ROUTES) {
      return findNode(child, depth, methods);
    }
    return helperCall(helper(methods, () -> findNode(child, depth, methods)));
  }

  /**
   * Returns what a helper found, else goes on; the local is named after the helper, since the
   * cases of a switch share one scope.
   */
  private static CodeBlock helperCall(String name) {
    String found = "found" + name.substring("find".length());
    return CodeBlock.builder()
        .addStatement("int $N = $N(method, path)", found, name)
        .beginControlFlow("if ($N != NO_ROUTE)", found)
        .addStatement("return $N", found)
        .endControlFlow()
        .build();
  }

  /** A helper method searching with this code, named find1, find2, … in the order they are made. */
  private static String helper(List<MethodSpec> methods, Supplier<CodeBlock> body) {
    String name = "find" + methods.size();
    methods.add(null); // reserve the name before the body's own helpers take the next ones
    int slot = methods.size() - 1;
    methods.set(slot, MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(String.class, "method")
        .addParameter(String[].class, "path")
        .addCode(body.get())
        .addStatement("return NO_ROUTE")
        .build());
    return name;
  }

  /**
   * The search below one node: literals, then the wildcard, then rest routes. A branch that finds
   * no route for the method falls through to the next, so a less specific pattern still matches.
   * Where a node has one kind of child only, its checks are one condition rather than nested ifs.
   */
  private static CodeBlock findNode(RouteTree node, int depth, List<MethodSpec> methods) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (!node.ends.isEmpty()) {
      code.add(methodChecks(CodeBlock.of("path.length == $L", depth), node.ends));
    }
    if (!node.hasChildren()) {
      return code.build();
    }
    CodeBlock longer = CodeBlock.of("path.length > $L", depth);
    boolean literalsOnly = node.wildcard == null && node.rests.isEmpty();
    if (literalsOnly && node.literals.size() == 1) {
      Map.Entry<String, RouteTree> only = node.literals.entrySet().iterator().next();
      return code.add(segmentCheck(node, only.getValue(), depth, longer,
          CodeBlock.of("path[$L].equals($S)", depth, only.getKey()), methods)).build();
    }
    if (node.literals.isEmpty() && node.rests.isEmpty()) {
      return code.add(segmentCheck(node, node.wildcard, depth, longer,
          CodeBlock.of("!path[$L].isEmpty()", depth), methods)).build();
    }
    if (node.literals.isEmpty() && node.wildcard == null) {
      // at the root, a {rest...} matches "/" too (see below)
      return code.add(methodChecks(depth == 0 ? null : longer, node.rests)).build();
    }
    code.beginControlFlow("if ($L)", longer);
    if (node.literals.size() == 1) {
      Map.Entry<String, RouteTree> only = node.literals.entrySet().iterator().next();
      code.add(segmentCheck(node, only.getValue(), depth, null,
          CodeBlock.of("path[$L].equals($S)", depth, only.getKey()), methods));
    } else if (node.literals.size() > MAX_CASES) {
      // a switch of hundreds of cases is itself too large a method: a helper per group of cases
      List<String> literals = new ArrayList<>(node.literals.keySet());
      for (int from = 0; from < literals.size(); from += MAX_CASES) {
        List<String> group = literals.subList(from, Math.min(from + MAX_CASES, literals.size()));
        code.add(helperCall(helper(methods, () -> CodeBlock.builder()
            .beginControlFlow("if (path.length > $L)", depth)
            .add(literalSwitch(node, group, depth, methods))
            .endControlFlow()
            .build())));
      }
    } else if (!node.literals.isEmpty()) {
      code.add(literalSwitch(node, node.literals.keySet(), depth, methods));
    }
    if (node.wildcard != null) {
      code.add(segmentCheck(node, node.wildcard, depth, null,
          CodeBlock.of("!path[$L].isEmpty()", depth), methods));
    }
    // "/" has no segments, yet a {rest...} that is the first segment matches it with "", as Go's
    // does: at the root the rest routes are tried whatever the path's length
    boolean restsMatchNoSegment = depth == 0;
    if (!restsMatchNoSegment) {
      code.add(methodChecks(null, node.rests));
    }
    code.endControlFlow();
    if (restsMatchNoSegment) {
      code.add(methodChecks(null, node.rests));
    }
    return code.build();
  }

  /**
   * The search of a child reached when segment {@code depth} passes {@code check} (after
   * {@code lengthCheck}, if not null). A child where routes only end, searched inline, is one
   * condition: the path ends there, the segment passes, and the method is one of its routes'.
   */
  private static CodeBlock segmentCheck(RouteTree parent, RouteTree child, int depth,
      CodeBlock lengthCheck, CodeBlock check, List<MethodSpec> methods) {
    if (!child.hasChildren() && parent.routeCount() <= INLINE_ROUTES) {
      return methodChecks(CodeBlock.of("path.length == $L && $L", depth + 1, check), child.ends);
    }
    CodeBlock condition = lengthCheck == null ? check : CodeBlock.of("$L && $L", lengthCheck, check);
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", condition)
        .add(findChild(parent, child, depth + 1, methods))
        .endControlFlow()
        .build();
  }

  private static CodeBlock literalSwitch(RouteTree node, Collection<String> literals, int depth,
      List<MethodSpec> methods) {
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch (path[$L])", depth);
    for (String literal : literals) {
      code.add("case $S:\n", literal)
          .indent()
          .add(findChild(node, node.literals.get(literal), depth + 1, methods))
          .addStatement("break")
          .unindent();
    }
    // a default, if empty, since Eclipse's compiler warns about a switch without one
    return code.add("default:\n").indent().addStatement("break").unindent()
        .endControlFlow().build();
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
      return code.beginControlFlow("if ($L)",
              condition == null ? method : CodeBlock.of("$L && $L", condition, method))
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
