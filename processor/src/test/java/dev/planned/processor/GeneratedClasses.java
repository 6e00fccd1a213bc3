package dev.planned.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;

/**
 * Loads the classes of a successful compilation from memory. Its parent is the test's own class
 * loader, so that {@code dev.planned.*} runtime types are shared with the test.
 */
final class GeneratedClasses extends ClassLoader {
  private final Compilation compilation;

  GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    this.compilation = compilation;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    String suffix = "/" + name.replace('.', '/') + JavaFileObject.Kind.CLASS.extension;
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS && file.toUri().getPath().endsWith(suffix)) {
        byte[] bytes = read(file);
        return defineClass(name, bytes, 0, bytes.length);
      }
    }
    throw new ClassNotFoundException(name);
  }

  /** A new instance of a class with a public no-argument constructor. */
  <T> T instantiate(String name, Class<T> type) throws ReflectiveOperationException {
    return type.cast(loadClass(name).getDeclaredConstructor().newInstance());
  }

  private static byte[] read(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
