package dev.pledge.cli.output;

import java.util.List;

/** Plain-text tables for terminals: columns padded to their widest cell, two spaces apart. */
public final class TextTable {
  private TextTable() {}

  /**
   * Renders {@code rows} (the first is the header); a column is left-aligned when {@code left}
   * says so, right-aligned otherwise. Each line ends with a newline and has no trailing spaces.
   */
  public static String render(List<String[]> rows, java.util.function.IntPredicate left) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String pad = " ".repeat(width[i] - row[i].length());
        line.append(i == 0 ? "" : "  ").append(left.test(i) ? row[i] + pad : pad + row[i]);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
