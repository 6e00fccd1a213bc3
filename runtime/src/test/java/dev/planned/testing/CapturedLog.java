package dev.planned.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Takes what a logger and its children log during each test off the console and keeps it for
 * the test to assert: a test that provokes an error checks that it was logged, and a passing
 * build prints no stack trace. Records nobody asserted fail the test, so capturing never hides
 * an error nobody expected.
 *
 * <pre>{@code @RegisterExtension final CapturedLog log = CapturedLog.planned();}</pre>
 *
 * <p>Shared through planned-runtime's test jar by every module whose tests provoke errors.
 */
public final class CapturedLog implements BeforeEachCallback, AfterEachCallback {
  private static final SimpleFormatter MESSAGES = new SimpleFormatter();

  private final String loggerName;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };
  /** Held while a test runs: JUL keeps loggers only weakly, with their handlers. */
  private Logger logger;
  private boolean useParentHandlers;
  private boolean asserted;

  private CapturedLog(String loggerName) {
    this.loggerName = loggerName;
  }

  /** What Planned logs: the runtime's logger {@code dev.planned}. */
  public static CapturedLog planned() {
    return of("dev.planned");
  }

  /** What the logger of this name and its children log (a server's own, say). */
  public static CapturedLog of(String loggerName) {
    return new CapturedLog(loggerName);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    records.clear();
    asserted = false;
    logger = Logger.getLogger(loggerName);
    useParentHandlers = logger.getUseParentHandlers();
    logger.setUseParentHandlers(false);
    logger.addHandler(capture);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    logger.removeHandler(capture);
    logger.setUseParentHandlers(useParentHandlers);
    logger = null;
    if (!asserted && !records.isEmpty() && context.getExecutionException().isEmpty()) {
      throw new AssertionError("Logged during the test, and not asserted: " + lines());
    }
  }

  /** Each record so far as {@code LEVEL message}, then {@code : thrown} if an exception came with it. */
  public List<String> lines() {
    asserted = true;
    List<String> lines = new ArrayList<>();
    for (LogRecord record : records) {
      String thrown = record.getThrown() == null ? "" : ": " + record.getThrown();
      lines.add(record.getLevel() + " " + MESSAGES.formatMessage(record) + thrown);
    }
    return lines;
  }
}
