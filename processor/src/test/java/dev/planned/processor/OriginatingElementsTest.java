package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * Every file Planned writes names its API interface as originating element, which Gradle's
 * isolating incremental compilation relies on: recorded by handing Planned a Filer that notes what
 * each call passes before javac's own Filer writes the file.
 */
class OriginatingElementsTest {
  @Test
  void eachDispatcherOriginatesFromItsInterfaceOnly() {
    RecordingProcessor recording = new RecordingProcessor();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(recording)
            .compile(
                source(
                    "test.BooksApi",
                    "public interface BooksApi {",
                    "  @Endpoint(\"GET /books\") String books();",
                    "}"),
                source(
                    "test.LoansApi",
                    "public interface LoansApi {",
                    "  @Planned @Endpoint(\"POST /loans\") String lend();",
                    "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(recording.files)
        .containsExactly(
            "test.BooksApiDispatcher <- [test.BooksApi]",
            "test.LoansApiDispatcher <- [test.LoansApi]");
  }

  /** Runs a real PlannedProcessor with a Filer that records each source file's origins. */
  private static final class RecordingProcessor extends AbstractProcessor {
    private final PlannedProcessor planned = new PlannedProcessor();
    final List<String> files = new ArrayList<>();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer filer = env.getFiler();
      Filer recordingFiler =
          proxy(
              Filer.class,
              (proxy, method, args) -> {
                if (method.getName().equals("createSourceFile")) {
                  Element[] origins = (Element[]) args[1];
                  files.add(
                      args[0]
                          + " <- "
                          + Arrays.stream(origins)
                              .map(e -> ((TypeElement) e).getQualifiedName().toString())
                              .collect(Collectors.joining(", ", "[", "]")));
                }
                return invoke(method, filer, args);
              });
      planned.init(
          proxy(
              ProcessingEnvironment.class,
              (proxy, method, args) ->
                  method.getName().equals("getFiler")
                      ? recordingFiler
                      : invoke(method, env, args)));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return planned.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return planned.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return planned.process(annotations, round);
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
      return type.cast(
          Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
