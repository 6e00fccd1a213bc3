/**
 * Planned's runtime: the annotations and types an application writes against ({@code dev.planned}),
 * the JDK server adapter ({@code dev.planned.jdk}), the support of generated clients ({@code
 * dev.planned.client}), what every server adapter shares ({@code dev.planned.spi}), and what only
 * generated dispatchers use ({@code dev.planned.internal}, not API). A JSON codec comes as a
 * service, from planned-jackson or the application.
 */
module dev.planned {
  // transitive: JdkHttpServers and JdkServer hand out the JDK server's own types
  requires transitive jdk.httpserver;
  // Generated dispatchers carry javax.annotation.processing.@Generated (java.compiler): a module
  // reading this one reads it too when it compiles, so that a user's module-info needs no line
  // for it. static: the annotation is kept in the source only, and nothing needs it at run time.
  requires static transitive java.compiler;
  // transitive: generated clients and their builder take and hand out java.net.http's HttpClient
  requires transitive java.net.http;

  exports dev.planned;
  exports dev.planned.spi;
  exports dev.planned.jdk;
  exports dev.planned.client;
  // to every module: generated dispatchers live in the application's modules, not known here
  exports dev.planned.internal;

  uses dev.planned.JsonCodec;
}
