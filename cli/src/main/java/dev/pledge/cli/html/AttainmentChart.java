package dev.pledge.cli.html;

import dev.pledge.cli.output.ComplianceTable;
import dev.pledge.report.ComplianceRow;
import java.math.BigDecimal;
import java.util.List;

/**
 * Attainment against objective, one horizontal bar per policy and metric on a 0 to 100 % scale:
 * the bar is the attainment, a dark tick marks the objective, and the words "kept" or "NOT KEPT"
 * with the percentages stand beside it (a kept bar is solid blue, a broken one hatched orange, so
 * colour is never the only sign). A row with nothing decided has no bar and says so.
 */
public final class AttainmentChart {
  private static final int WIDTH = 580;
  private static final double TRACK_LEFT = 12;
  private static final double TRACK = 290;
  private static final double ROW = 44;
  private static final double TOP = 30;

  private AttainmentChart() {}

  /** Draws the rows with root id {@code id}. */
  static void draw(Markup m, String id, List<ComplianceRow> rows) {
    int height = (int) (TOP + ROW * rows.size() + 24);
    Svg svg = Svg.open(m, id, WIDTH, height, "Attainment against objective per policy and metric",
        "One bar per policy and metric: attainment as a share of decided instances, with the "
            + "objective marked; the text beside each bar gives both figures and whether it is kept.");
    svg.percentGrid(TRACK_LEFT, TRACK, TOP, TOP + ROW * rows.size());
    for (int i = 0; i < rows.size(); i++) {
      ComplianceRow r = rows.get(i);
      double y = TOP + ROW * i;
      svg.text(TRACK_LEFT, y + 14, "start", "label", r.policy() + " · " + r.metric().wireName());
      double barY = y + 20;
      svg.rect(TRACK_LEFT, barY, TRACK, 14, "track", "0 to 100 %");
      String objective = ComplianceTable.percent(r.objective());
      if (r.attainment().isPresent()) {
        BigDecimal a = r.attainment().get();
        String attained = ComplianceTable.percent(a);
        svg.rect(TRACK_LEFT, barY, x(a) - TRACK_LEFT, 14, r.kept() ? "kept" : "missed",
            r.policy() + " " + r.metric().wireName() + ": attainment " + attained + " ("
                + r.achieved() + " of " + (r.achieved() + r.breached()) + "), objective " + objective);
        svg.text(TRACK_LEFT + TRACK + 12, barY + 12, "start", r.kept() ? "verdict" : "verdict-missed",
            attained + (r.kept() ? "  kept" : "  NOT KEPT") + "  (objective " + objective + ")");
      } else {
        svg.text(TRACK_LEFT + TRACK + 12, barY + 12, "start", "verdict",
            "nothing decided yet  (objective " + objective + ")");
      }
      double ox = x(r.objective());
      svg.line(ox, barY - 4, ox, barY + 18, "objective");
    }
    svg.text(TRACK_LEFT, height - 6, "start", "note",
        "Bar: attainment = achieved / (achieved + breached). Dark tick: the objective.");
    svg.close();
  }

  private static double x(BigDecimal fraction) {
    return TRACK_LEFT + TRACK * fraction.doubleValue();
  }
}
