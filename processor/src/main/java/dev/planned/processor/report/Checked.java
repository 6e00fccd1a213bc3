package dev.planned.processor.report;

import java.util.Optional;

/** What a check returns: its report, and what it built, present only when the report is clean. */
public record Checked<T>(Report report, Optional<T> value) {
  /** The value if the report is clean; nothing otherwise. */
  public static <T> Checked<T> of(Report report, T value) {
    return new Checked<>(report, report.isClean() ? Optional.of(value) : Optional.empty());
  }

  public static <T> Checked<T> failed(Report report) {
    return new Checked<>(report, Optional.empty());
  }
}
