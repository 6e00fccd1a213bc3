package dev.planned.spi;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body as a server gives it, remembering how reading it went: whether it was read to its
 * end, and whether it failed. A server's chunked decoder that has failed once (a bad chunk size, a
 * short chunk) is out of step with the bytes on the connection; reading it again would take the
 * next bytes, perhaps a second request smuggled in the body, for chunk data. So after a failure
 * this stream never reads again, and {@link Exchanges#respond} closes the connection.
 */
public final class RequestBody extends FilterInputStream {
  private boolean failed;
  private boolean ended;

  private RequestBody(InputStream serverStream) {
    super(serverStream);
  }

  /** Wraps the body stream of a server's exchange. */
  public static RequestBody of(InputStream serverStream) {
    return serverStream instanceof RequestBody body ? body : new RequestBody(serverStream);
  }

  /** Whether reading failed: the framing was broken, or the client went away mid-body. */
  public boolean failed() {
    return failed;
  }

  /** Whether the body was read to its end: the connection is at the start of the next request. */
  public boolean ended() {
    return ended;
  }

  @Override
  public int read() throws IOException {
    checkUsable();
    try {
      int b = in.read();
      ended = b < 0;
      return b;
    } catch (IOException e) {
      failed = true;
      throw e;
    } catch (RuntimeException e) {
      throw failedWith(e);
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    checkUsable();
    try {
      int n = in.read(buffer, offset, length);
      ended = n < 0;
      return n;
    } catch (IOException e) {
      failed = true;
      throw e;
    } catch (RuntimeException e) {
      throw failedWith(e);
    }
  }

  @Override
  public long skip(long n) throws IOException {
    // read, not the server's skip: only reading tells the end of the body
    byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
    long skipped = 0;
    while (skipped < n) {
      int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public int available() throws IOException {
    return failed || ended ? 0 : in.available();
  }

  /** Leaves the server's stream open: the adapter decides what happens to the rest of it. */
  @Override
  public void close() {}

  @Override
  public boolean markSupported() {
    return false;
  }

  /** A server's own unchecked exception for a broken body (Jetty's BadMessageException) is I/O. */
  private IOException failedWith(RuntimeException e) {
    failed = true;
    return new IOException("The request body could not be read", e);
  }

  private void checkUsable() throws IOException {
    if (failed) {
      throw new IOException("The request body failed before; it is not read again");
    }
  }
}
