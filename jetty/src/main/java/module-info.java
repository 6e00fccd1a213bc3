/** PlannedJetty: Jetty 12 set up for production in one call. */
module dev.planned.jetty {
  requires transitive dev.planned;
  requires dev.planned.servlet;
  // transitive: PlannedJetty hands out Jetty's Server
  requires transitive org.eclipse.jetty.server;
  requires org.eclipse.jetty.ee10.servlet;
  requires org.eclipse.jetty.util;

  exports dev.planned.jetty;
}
