package dev.retort.cli;

import dev.retort.HistoryEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The revision graph drawn in the terminal as {@code git log --graph} draws commits: newest first,
 * one lane per line of descent, {@code *} for a revision, {@code |} for a lane going on, {@code \}
 * where a merge's second parent branches off and {@code /} where two lanes join again.
 *
 * <pre>
 * *   c3 (head) (current) merge_heads  [applied 2026-11-23T16:40:01Z]
 * |\
 * | * b2 add_loan_due  [applied 2026-11-23T16:39:58Z]
 * * | a2 add_member_phone  [applied 2026-11-23T16:39:58Z]
 * |/
 * * a1 initial  [applied 2026-11-23T16:39:57Z]
 * </pre>
 *
 * <p>Lanes are drawn in two-character cells; a lane that moves by more than one cell moves one
 * cell per line, so the characters always connect.
 */
final class HistoryGraph {
  private HistoryGraph() {}

  /**
   * @param baseFirst the revisions from base to head, each after its parents (as {@code
   *     Migrator.history()} returns them)
   * @param heads the code's heads, marked {@code (head)}
   */
  static List<String> draw(List<HistoryEntry> baseFirst, Set<String> heads) {
    List<HistoryEntry> newestFirst = new ArrayList<>(baseFirst);
    java.util.Collections.reverse(newestFirst);
    List<String> lines = new ArrayList<>();
    List<String> lanes = new ArrayList<>();
    for (HistoryEntry entry : newestFirst) {
      String id = entry.id();
      int lane = lanes.indexOf(id);
      if (lane < 0) {
        lanes.add(id); // a head: nothing newer leads here
        lane = lanes.size() - 1;
      }
      // children on several lanes that all lead here join into the first one
      if (lanes.lastIndexOf(id) != lane) {
        List<String> joined = new ArrayList<>();
        int[] target = new int[lanes.size()];
        for (int k = 0; k < lanes.size(); k++) {
          if (lanes.get(k).equals(id) && k != lane) {
            target[k] = lane;
          } else {
            target[k] = joined.size();
            joined.add(lanes.get(k));
          }
        }
        lines.addAll(moves(pairs(target)));
        lanes = joined;
        lane = lanes.indexOf(id);
      }
      int width = lanes.size();
      List<String> parents = entry.parents();
      // a merge's star line leaves room for the branch line below it, as git does
      String cells = row(width, lane);
      lines.add((parents.size() > 1 ? pad(cells, 2 * (width + parents.size() - 1)) : cells) + describe(entry, heads));

      List<String> next = new ArrayList<>(lanes);
      List<int[]> pairs = new ArrayList<>();
      if (parents.isEmpty()) {
        next.remove(lane);
        for (int k = 0; k < lanes.size(); k++) {
          if (k != lane) {
            pairs.add(new int[] {k, k < lane ? k : k - 1});
          }
        }
      } else {
        next.set(lane, parents.get(0));
        List<String> extra = parents.subList(1, parents.size());
        next.addAll(lane + 1, extra);
        for (int k = 0; k < lanes.size(); k++) {
          pairs.add(new int[] {k, k <= lane ? k : k + extra.size()});
        }
        for (int e = 0; e < extra.size(); e++) {
          pairs.add(new int[] {lane, lane + 1 + e});
        }
      }
      lines.addAll(moves(pairs));
      lanes = next;
    }
    return lines;
  }

  /** Lane k of the old row goes to lane {@code target[k]} of the new one. */
  private static List<int[]> pairs(int[] target) {
    List<int[]> pairs = new ArrayList<>();
    for (int k = 0; k < target.length; k++) {
      pairs.add(new int[] {k, target[k]});
    }
    return pairs;
  }

  /**
   * The connecting lines between two rows: each lane moves one cell per line towards its new
   * place ({@code \} to the right, {@code /} to the left); none when no lane moves.
   */
  private static List<String> moves(List<int[]> pairs) {
    List<String> lines = new ArrayList<>();
    int[] at = pairs.stream().mapToInt(p -> p[0]).toArray();
    while (true) {
      boolean moving = false;
      for (int i = 0; i < pairs.size(); i++) {
        moving |= at[i] != pairs.get(i)[1];
      }
      if (!moving) {
        return lines;
      }
      int columns = 2 * (Arrays.stream(at).max().orElse(0) + pairs.stream().mapToInt(p -> p[1]).max().orElse(0) + 2);
      char[] line = new char[columns];
      Arrays.fill(line, ' ');
      for (int i = 0; i < pairs.size(); i++) {
        int to = pairs.get(i)[1];
        if (at[i] < to) {
          line[2 * at[i] + 1] = '\\';
          at[i]++;
        } else if (at[i] > to) {
          line[2 * at[i] - 1] = '/';
          at[i]--;
        } else if (line[2 * at[i]] == ' ') {
          line[2 * at[i]] = '|';
        }
      }
      lines.add(new String(line).stripTrailing());
    }
  }

  private static String row(int width, int lane) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < width; k++) {
      s.append(k == lane ? '*' : '|').append(' ');
    }
    return s.toString();
  }

  private static String pad(String cells, int width) {
    return cells.length() >= width ? cells : cells + " ".repeat(width - cells.length());
  }

  private static String describe(HistoryEntry entry, Set<String> heads) {
    StringBuilder s = new StringBuilder(entry.id());
    if (heads.contains(entry.id())) {
      s.append(" (head)");
    }
    if (entry.current()) {
      s.append(" (current)");
    }
    if (!entry.message().isEmpty()) {
      s.append(' ').append(entry.message());
    }
    return s.append("  [").append(Print.status(entry)).append(']').toString();
  }
}
