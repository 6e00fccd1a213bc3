package dev.planned.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Takes what some loggers and their children log during each test off the console and keeps it for
 * the test to assert: a test that provokes an error checks that it was logged, and a passing build
 * prints no stack trace. Records nobody asserted fail the test, so capturing never hides an error
 * nobody expected.
 *
 * <pre>{@code @RegisterExtension final CapturedLog log = CapturedLog.planned();}</pre>
 *
 * <p>{@link #forTheWholeClass()} captures from before the first test to after the last instead, on
 * a {@code static} field: what servers started once for the class log while starting and stopping
 * is then captured too.
 *
 * <p>Shared through planned-runtime's test jar by every module whose tests provoke errors.
 */
public final class CapturedLog
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private static final SimpleFormatter MESSAGES = new SimpleFormatter();

  private final List<String> loggerNames;
  private final boolean wholeClass;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /** Held while capturing: JUL keeps loggers only weakly, with their handlers. */
  private final List<Logger> loggers = new ArrayList<>();

  private final List<Boolean> useParentHandlers = new ArrayList<>();
  private boolean asserted;

  private CapturedLog(List<String> loggerNames, boolean wholeClass) {
    this.loggerNames = loggerNames;
    this.wholeClass = wholeClass;
  }

  /** What Planned logs: the runtime's logger {@code dev.planned}. */
  public static CapturedLog planned() {
    return of("dev.planned");
  }

  /** What the loggers of these names and their children log (a server's own, say). */
  public static CapturedLog of(String loggerName, String... moreLoggerNames) {
    List<String> names = new ArrayList<>(List.of(loggerName));
    names.addAll(List.of(moreLoggerNames));
    return new CapturedLog(List.copyOf(names), false);
  }

  /** The same loggers, captured once for the whole test class, on a {@code static} field. */
  public CapturedLog forTheWholeClass() {
    return new CapturedLog(loggerNames, true);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (wholeClass) {
      start();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (wholeClass) {
      stop(context);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!wholeClass) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!wholeClass) {
      stop(context);
    }
  }

  private void start() {
    records.clear();
    asserted = false;
    for (String name : loggerNames) {
      Logger logger = Logger.getLogger(name);
      loggers.add(logger);
      useParentHandlers.add(logger.getUseParentHandlers());
      logger.setUseParentHandlers(false);
      logger.addHandler(capture);
    }
  }

  private void stop(ExtensionContext context) {
    for (int i = 0; i < loggers.size(); i++) {
      loggers.get(i).removeHandler(capture);
      loggers.get(i).setUseParentHandlers(useParentHandlers.get(i));
    }
    loggers.clear();
    useParentHandlers.clear();
    if (!asserted && !records.isEmpty() && context.getExecutionException().isEmpty()) {
      throw new AssertionError(
          "Logged "
              + (wholeClass ? "during the tests" : "during the test")
              + ", and not asserted: "
              + lines());
    }
  }

  /** The records so far, for a test to assert on what lines() does not show (a logger's name). */
  public List<LogRecord> records() {
    asserted = true;
    return List.copyOf(records);
  }

  /**
   * Each record so far as {@code LEVEL message}, then {@code : thrown} if an exception came with
   * it.
   */
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
