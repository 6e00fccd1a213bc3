package dev.planned.bench.soak;

import dev.planned.bench.Hits;
import dev.planned.bench.github.GithubPlanned;
import dev.planned.jdk.JdkHttpServers;
import dev.planned.jetty.PlannedJetty;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The GitHub API served as a user of Planned would serve it in production, for the soak: {@code
 * java … SoakServer jdk|jetty PORT}. {@code jdk} is {@code JdkHttpServers.start}, {@code jetty} is
 * {@code PlannedJetty.start}, each with its defaults. Prints "ready" once it accepts requests, and
 * serves until the process is stopped.
 */
public final class SoakServer {
  private SoakServer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SoakServer jdk|jetty PORT");
      System.exit(2);
    }
    InetSocketAddress address =
        new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[1]));
    GithubPlanned api = new GithubPlanned(new Hits());
    int port =
        switch (args[0]) {
          case "jdk" -> JdkHttpServers.start(address, api).port();
          case "jetty" -> PlannedJetty.start(address, api).port();
          default -> throw new IllegalArgumentException("Not a server: " + args[0]);
        };
    System.out.println("ready " + args[0] + " on port " + port);
  }
}
