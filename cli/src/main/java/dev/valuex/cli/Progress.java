package dev.valuex.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for work longer than a second, drawn only when the tool is
 * attached to a terminal, so scripts and logs never see it.
 */
final class Progress {
  private static final long QUIET_MILLIS = 1000;
  private final PrintWriter err;
  private final int steps;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private int done;
  private boolean drawn;

  Progress(PrintWriter err, int steps) {
    this.err = err;
    this.steps = steps;
    this.terminal = System.console() != null;
  }

  void step(String what) {
    done = Math.min(done + 1, steps);
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    if (terminal && elapsed >= QUIET_MILLIS) {
      int width = 24;
      int filled = width * done / steps;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + what
          + "        ");
      err.flush();
      drawn = true;
    }
  }

  void done() {
    if (drawn) {
      err.print("\r" + " ".repeat(72) + "\r");
      err.flush();
    }
  }
}
