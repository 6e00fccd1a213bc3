package dev.planned.it;

import org.junit.jupiter.api.Nested;

/** The shared suite on Servers.JETTY. */
class OnJettyTest {
  @Nested
  class LibrarySemantics extends LibraryOverHttp {
    LibrarySemantics() {
      super(Servers.JETTY);
    }
  }

  @Nested
  class TypedBinding extends TypedOverHttp {
    TypedBinding() {
      super(Servers.JETTY);
    }
  }

  @Nested
  class SeveralApis extends SeveralApisOverHttp {
    SeveralApis() {
      super(Servers.JETTY);
    }
  }
}
