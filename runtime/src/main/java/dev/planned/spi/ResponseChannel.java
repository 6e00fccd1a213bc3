package dev.planned.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Where a server adapter lets {@link Exchanges#send} write an answer: its server's response. */
@FunctionalInterface
public interface ResponseChannel {
  /**
   * Sends the status and headers.
   *
   * @param contentLength the exact length of the body to follow, or {@code -1} when the answer has
   *     no body at all (HEAD, 204, 304, or an empty body)
   * @return where to write the body; not called for when {@code contentLength} is -1
   */
  OutputStream begin(int status, Map<String, List<String>> headers, long contentLength)
      throws IOException;
}
