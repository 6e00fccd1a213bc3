import dev.planned.Dispatcher;
import dev.planned.Request;
import dev.planned.Response;
import dev.planned.Route;
import dev.planned.jdk.JdkHttpServers;
import dev.planned.jdk.JdkServer;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run from the repository root after building the runtime (Java 17 source launcher):
 * {@code java -Xmx1g -cp runtime/target/classes bench/disconnect/DisconnectLeak.java 100 stall 3000}
 * (modes: close, stall; last: extra wait in ms). Figures in README "The JDK server in production".
 *
 * N clients at once read 1 KB of a fresh 2 MB answer, then either close ("close") or stop reading
 * and stay ("stall", closed at the end). Open descriptors and heap after GC: before, after, and
 * after a wait.
 */
public class DisconnectLeak {
  public static void main(String[] args) throws Exception {
    int clients = Integer.parseInt(args[0]);
    String mode = args[1];
    long waitMillis = Long.parseLong(args[2]);
    Dispatcher dispatcher = new Dispatcher() {
      public Response dispatch(Request request) { return Response.ok(new byte[2 << 20], "application/octet-stream"); }
      public List<Route> routes() { return List.of(); }
    };
    JdkServer server = JdkHttpServers.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), dispatcher);
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      s.getInputStream().readAllBytes();
    }
    Thread.sleep(500);
    long fd0 = fds(); long heap0 = heapAfterGc();
    List<Socket> sockets = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
      s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      sockets.add(s);
    }
    for (Socket s : sockets) {
      s.getInputStream().readNBytes(1024);
      if (mode.equals("close")) s.close();
    }
    Thread.sleep(1000);
    long fd1 = fds(); long heap1 = heapAfterGc();
    Thread.sleep(waitMillis);
    long fd2 = fds(); long heap2 = heapAfterGc();
    for (Socket s : sockets) s.close();
    long t = System.nanoTime();
    server.stop(Duration.ofSeconds(10));
    long stopMs = (System.nanoTime() - t) / 1_000_000;
    System.out.printf("java %d, %d clients %s, maxRspTime=%s: fds %d -> %d (1 s) -> %d (+%d s); heap after GC %.0f -> %.0f -> %.0f MB; stop %d ms%n",
        Runtime.version().feature(), clients, mode, System.getProperty("sun.net.httpserver.maxRspTime"),
        fd0 - 2 * clients * 0, fd1 - (mode.equals("stall") ? clients : 0), fd2 - (mode.equals("stall") ? clients : 0), waitMillis / 1000,
        heap0 / 1e6, heap1 / 1e6, heap2 / 1e6, stopMs);
    System.exit(0);
  }
  static long fds() throws Exception { try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) { return s.count(); } }
  static long heapAfterGc() throws Exception {
    for (int i = 0; i < 3; i++) { System.gc(); Thread.sleep(100); }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
