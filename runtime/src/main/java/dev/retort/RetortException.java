package dev.retort;

/**
 * The one exception Retort throws for anything a user can act on. Its message says what is
 * wrong, what was left unchanged and what to do next.
 */
public class RetortException extends RuntimeException {
  public RetortException(String message) {
    super(message);
  }

  public RetortException(String message, Throwable cause) {
    super(message, cause);
  }
}
