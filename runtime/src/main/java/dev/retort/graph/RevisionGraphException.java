package dev.retort.graph;

import dev.retort.RetortException;

/** The revisions do not form a usable graph, or a target does not name a place in it. */
public class RevisionGraphException extends RetortException {
  public RevisionGraphException(String message) {
    super(message);
  }
}
