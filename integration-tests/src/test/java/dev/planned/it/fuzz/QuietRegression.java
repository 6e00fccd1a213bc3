package dev.planned.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps a passing regression run quiet: Jazzer announces every hook it loads and every class it
 * instruments on standard error, with no setting to turn that off. In regression mode (no {@code
 * JAZZER_FUZZ}) those {@code INFO:} lines are dropped; anything else Jazzer or a test prints still
 * reaches the console. A fuzzing campaign shows everything.
 */
final class QuietRegression implements BeforeAllCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(QuietRegression.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz != null && !fuzz.isEmpty() && !fuzz.equals("0")) {
      return;
    }
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    context.getStore(NAMESPACE).put("console", System.err);
    context.getStore(NAMESPACE).put("captured", captured);
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    PrintStream console = context.getStore(NAMESPACE).remove("console", PrintStream.class);
    if (console == null) {
      return;
    }
    System.setErr(console);
    ByteArrayOutputStream captured =
        context.getStore(NAMESPACE).remove("captured", ByteArrayOutputStream.class);
    captured
        .toString(StandardCharsets.UTF_8)
        .lines()
        .filter(line -> !line.startsWith("INFO: "))
        .forEach(console::println);
  }
}
