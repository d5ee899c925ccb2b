package dev.retort.cli;

import dev.retort.HistoryEntry;
import java.util.List;
import java.util.Set;

/**
 * The revision graph as a Mermaid flowchart, for documentation (GitHub, GitLab and most wikis draw
 * it): base at the top, an arrow from each parent to its child, heads and the database's current
 * revisions highlighted, pending revisions dashed.
 */
final class HistoryMermaid {
  private HistoryMermaid() {}

  static String write(List<HistoryEntry> baseFirst, Set<String> heads) {
    StringBuilder out = new StringBuilder("flowchart TD\n");
    for (HistoryEntry entry : baseFirst) {
      out.append("  ").append(node(entry.id())).append("[\"").append(label(entry, heads)).append("\"]\n");
    }
    for (HistoryEntry entry : baseFirst) {
      for (String parent : entry.parents()) {
        out.append("  ").append(node(parent)).append(" --> ").append(node(entry.id())).append('\n');
      }
    }
    appendClass(out, "head", baseFirst.stream().map(HistoryEntry::id).filter(heads::contains).toList());
    appendClass(out, "current", baseFirst.stream().filter(HistoryEntry::current).map(HistoryEntry::id).toList());
    appendClass(out, "pending", baseFirst.stream().filter(HistoryEntry::pending).map(HistoryEntry::id).toList());
    out.append("  classDef head stroke-width:3px\n")
        .append("  classDef current fill:#d4f7d4\n")
        .append("  classDef pending stroke-dasharray:5 5\n");
    return out.toString();
  }

  private static void appendClass(StringBuilder out, String name, List<String> ids) {
    if (!ids.isEmpty()) {
      out.append("  class ").append(String.join(",", ids.stream().map(HistoryMermaid::node).toList()))
          .append(' ').append(name).append('\n');
    }
  }

  /** Node ids get a prefix: a revision id could be a Mermaid keyword such as {@code end}. */
  private static String node(String id) {
    return "r_" + id.replaceAll("[^A-Za-z0-9_]", "_");
  }

  private static String label(HistoryEntry entry, Set<String> heads) {
    StringBuilder s = new StringBuilder(entry.id());
    if (heads.contains(entry.id())) {
      s.append(" (head)");
    }
    if (entry.current()) {
      s.append(" (current)");
    }
    if (!entry.message().isEmpty()) {
      s.append("<br/>").append(escape(entry.message()));
    }
    return s.toString();
  }

  /** Mermaid's entity codes for what would end the label or be read as markup. */
  private static String escape(String text) {
    return text.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
        .replace("\n", " ").replace("\r", " ");
  }
}
