package dev.retort.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Every message the processor reports. Each starts with a stable tag such as
 * {@code [retort:unsupported]} and, where there is one, is attached to the element (and
 * annotation) that caused it, so the IDE underlines the right place. Errors are collected and
 * the processor writes nothing once any was reported.
 */
public final class Diagnostics {
  /** The tags, stable across versions so that people and tools can search for them. */
  public enum Tag {
    UNSUPPORTED("unsupported"),
    MAPPING("mapping"),
    SNAPSHOT("snapshot"),
    DRIFT("drift"),
    DESTRUCTIVE("destructive"),
    RENAME("rename"),
    LAYOUT("layout"),
    REVISIONS("revisions"),
    WROTE("wrote"),
    INTERNAL("internal");

    private final String text;

    Tag(String text) {
      this.text = text;
    }

    public String prefix() {
      return "[retort:" + text + "] ";
    }
  }

  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  public void error(Tag tag, String message, Element element) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, tag.prefix() + message, element);
  }

  public void error(Tag tag, String message, Element element, AnnotationMirror annotation) {
    errors++;
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, tag.prefix() + message, element);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, tag.prefix() + message, element, annotation);
    }
  }

  public void error(Tag tag, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, tag.prefix() + message);
  }

  public void warning(Tag tag, String message, Element element) {
    messager.printMessage(Diagnostic.Kind.WARNING, tag.prefix() + message, element);
  }

  public void warning(Tag tag, String message) {
    messager.printMessage(Diagnostic.Kind.WARNING, tag.prefix() + message);
  }

  public void note(Tag tag, String message) {
    messager.printMessage(Diagnostic.Kind.NOTE, tag.prefix() + message);
  }

  public int errorCount() {
    return errors;
  }

  public boolean hasErrors() {
    return errors > 0;
  }
}
