package dev.planned;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Passes a body through and fails, instead of reading on, once it is longer than a limit. Closing
 * it leaves the server's stream open: the adapter owns that stream and finishes reading it after
 * the endpoint, so that the connection can be reused (endpoints and JSON libraries close what they
 * read).
 */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private final Supplier<? extends RuntimeException> tooLarge;
  private long count;

  LimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
    super(in);
    this.limit = limit;
    this.tooLarge = tooLarge;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  @Override
  public void close() {
    // the adapter's stream stays open; see the class comment
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void counted(long n) {
    count += n;
    if (count > limit) {
      throw tooLarge.get();
    }
  }
}
