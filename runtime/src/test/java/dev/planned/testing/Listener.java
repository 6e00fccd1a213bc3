package dev.planned.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

/**
 * What a graceful stop does to a server's listener on the loopback address, seen from a client.
 *
 * <p>Shared through planned-runtime's test jar by every module that tests a graceful stop.
 */
public final class Listener {
  private Listener() {}

  /**
   * Whether connecting to this loopback port is refused within a few seconds: a stop that has begun
   * closes the listener first, while the requests in flight finish.
   */
  public static boolean refusesNewConnections(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      try {
        new Socket(InetAddress.getLoopbackAddress(), port).close();
        Thread.sleep(20); // still accepted: the stop has not reached the listener yet
      } catch (ConnectException refused) {
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
