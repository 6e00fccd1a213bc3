package dev.planned.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A stand-in for another code generator: in the first round that has a type annotated with {@link
 * GenerateLater}, writes the sources it was given. Types that an API names and this processor
 * generates are missing in that round and exist from the next one.
 */
final class LaterTypesProcessor extends AbstractProcessor {
  private final Map<String, String> sources;
  private boolean generated;

  /**
   * @param sources by qualified name, each a whole compilation unit
   */
  LaterTypesProcessor(Map<String, String> sources) {
    this.sources = new TreeMap<>(sources);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(GenerateLater.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (generated || round.getElementsAnnotatedWith(GenerateLater.class).isEmpty()) {
      return true;
    }
    generated = true;
    for (Map.Entry<String, String> source : sources.entrySet()) {
      try (Writer writer =
          processingEnv.getFiler().createSourceFile(source.getKey()).openWriter()) {
        writer.write(source.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return true;
  }
}
