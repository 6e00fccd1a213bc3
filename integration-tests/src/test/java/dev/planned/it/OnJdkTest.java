package dev.planned.it;

import org.junit.jupiter.api.Nested;

/** The shared suite on Servers.JDK. */
class OnJdkTest {
  @Nested
  class LibrarySemantics extends LibraryOverHttp {
    LibrarySemantics() {
      super(Servers.JDK);
    }
  }

  @Nested
  class TypedBinding extends TypedOverHttp {
    TypedBinding() {
      super(Servers.JDK);
    }
  }

  @Nested
  class SeveralApis extends SeveralApisOverHttp {
    SeveralApis() {
      super(Servers.JDK);
    }
  }
}
