package dev.planned.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what the servers log about bad requests (Tomcat through java.util.logging, the JDK
 * server through System.Logger, Planned as "dev.planned"), instead of printing it: hostile input
 * is expected here, and a passing build is quiet. The records are kept for the test to assert.
 */
final class QuietServerLogs {
  private static final List<String> LOGGERS =
      List.of("org.apache", "com.sun.net.httpserver", "dev.planned");

  private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
  private final List<Logger> loggers = new ArrayList<>(); // held: JUL keeps loggers weakly
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (isLoggable(record)) {
        records.add(record);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  void capture() {
    for (String name : LOGGERS) {
      Logger logger = Logger.getLogger(name);
      logger.addHandler(handler);
      logger.setUseParentHandlers(false);
      loggers.add(logger);
    }
  }

  void release() {
    for (Logger logger : loggers) {
      logger.removeHandler(handler);
      logger.setUseParentHandlers(true);
    }
    loggers.clear();
  }

  /** What was logged at INFO or above (the console's default) while captured. */
  List<LogRecord> records() {
    synchronized (records) {
      return List.copyOf(records);
    }
  }
}
