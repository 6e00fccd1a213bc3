package dev.planned.it;

import org.junit.jupiter.api.Nested;

/** The shared suite on Servers.TOMCAT. */
class OnTomcatTest {
  @Nested
  class LibrarySemantics extends LibraryOverHttp {
    LibrarySemantics() {
      super(Servers.TOMCAT);
    }
  }

  @Nested
  class TypedBinding extends TypedOverHttp {
    TypedBinding() {
      super(Servers.TOMCAT);
    }
  }

  @Nested
  class SeveralApis extends SeveralApisOverHttp {
    SeveralApis() {
      super(Servers.TOMCAT);
    }
  }
}
