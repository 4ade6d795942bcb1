package dev.valuex.cli;

/** A usage error the tool reports with exit code 2 and a hint of what to do instead. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String hint;

  UsageException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  String hint() {
    return hint;
  }
}
