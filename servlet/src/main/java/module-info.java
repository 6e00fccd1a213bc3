/** PlannedServlet: generated dispatchers in a Jakarta Servlet 6 container. */
module dev.planned.servlet {
  requires transitive dev.planned;
  // transitive: PlannedServlet is an HttpServlet
  requires transitive jakarta.servlet;

  exports dev.planned.servlet;
}
