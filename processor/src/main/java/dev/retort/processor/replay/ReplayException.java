package dev.retort.processor.replay;

/** The migrations could not be replayed; the message says why and what to do. */
public final class ReplayException extends RuntimeException {
  public ReplayException(String message) {
    super(message);
  }
}
