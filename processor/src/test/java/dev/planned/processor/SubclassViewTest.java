package dev.planned.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.planned.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What a user's subclass of a generated dispatcher sees: the API's endpoints and {@code routes()},
 * plus {@code dispatch} and {@code dispatchAsync}, and the hooks it may override for its filters
 * and error mappers ({@code filters}, {@code errorMappers}); nothing of the contract by which the
 * runtime finds routes and calls endpoints, which lives in a private nested class.
 */
class SubclassViewTest {
  /** Every binding and result shape, JSON (a codec) and async routes included. */
  private static final JavaFileObject SHOP_API =
      JavaFileObjects.forResource("representative/ShopApi.java");

  @Test
  void aSubclassSeesTheEndpointsAndRoutesOnly() throws Exception {
    Compilation compilation = compile(SHOP_API);
    assertThat(compilation).succeeded();
    Class<?> dispatcher = new GeneratedClasses(compilation).loadClass("shop.ShopApiDispatcher");
    Class<?> api = dispatcher.getClassLoader().loadClass("shop.ShopApi");

    Set<String> endpoints = new TreeSet<>();
    for (Method method : api.getDeclaredMethods()) {
      endpoints.add(method.getName());
    }
    Set<String> expected = new TreeSet<>(endpoints);
    expected.addAll(List.of("routes", "dispatch", "dispatchAsync", "filters", "errorMappers"));

    assertThat(namesOf(visibleToSubclass(dispatcher, true))).isEqualTo(expected);
    assertThat(visibleToSubclass(dispatcher, false)).isEmpty(); // no field
  }

  /**
   * Public methods (or fields), inherited from interfaces too, and protected ones of the class and
   * its superclasses; none of Object's.
   */
  private static List<Member> visibleToSubclass(Class<?> type, boolean methods) {
    List<Member> visible = new ArrayList<>(List.of(methods ? type.getMethods() : type.getFields()));
    for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
      Stream<Member> members =
          methods ? Stream.of(c.getDeclaredMethods()) : Stream.of(c.getDeclaredFields());
      members.filter(m -> Modifier.isProtected(m.getModifiers())).forEach(visible::add);
    }
    visible.removeIf(m -> m.getDeclaringClass() == Object.class || m.isSynthetic());
    return visible;
  }

  private static Set<String> namesOf(List<Member> members) {
    Set<String> names = new TreeSet<>();
    members.forEach(m -> names.add(m.getName()));
    return names;
  }
}
