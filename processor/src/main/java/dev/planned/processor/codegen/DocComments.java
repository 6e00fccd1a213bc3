package dev.planned.processor.codegen;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The doc comments of an interface's methods, read in one pass over its source where javac's tree
 * API is at hand. javac's {@link Elements#getDocComment} finds a method's declaration by scanning
 * its class from the top ({@code TreeInfo.declarationFor}), so asking it for each of a thousand
 * endpoints is quadratic in the interface's size. Elsewhere (Eclipse's compiler, a build tool that
 * wraps the processing environment), and for methods declared in another type, {@link Elements}
 * answers: the text is the same, as javac's two answers read the same table of comments.
 */
final class DocComments {
  private final Elements elements;

  /** The comments of the type's own methods, {@code null} for a method without one. */
  private final Map<Element, String> methods;

  private DocComments(Elements elements, Map<Element, String> methods) {
    this.elements = elements;
    this.methods = methods;
  }

  static DocComments of(ProcessingEnvironment environment, TypeElement type) {
    Map<Element, String> methods = new HashMap<>();
    try {
      Trees trees = Trees.instance(environment);
      TreePath typePath = trees.getPath(type);
      if (typePath != null && typePath.getLeaf() instanceof ClassTree classTree) {
        for (Tree member : classTree.getMembers()) {
          if (member instanceof MethodTree) {
            TreePath methodPath = new TreePath(typePath, member);
            Element method = trees.getElement(methodPath);
            if (method != null) {
              methods.put(method, trees.getDocComment(methodPath));
            }
          }
        }
      }
    } catch (IllegalArgumentException | LinkageError notJavac) {
      // not javac's environment, or no jdk.compiler module: Elements answers for each method
    }
    return new DocComments(environment.getElementUtils(), methods);
  }

  /** The doc comment of {@code element}, or {@code null}, as {@link Elements#getDocComment}. */
  String of(Element element) {
    return methods.containsKey(element) ? methods.get(element) : elements.getDocComment(element);
  }
}
