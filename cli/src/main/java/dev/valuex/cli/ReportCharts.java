package dev.valuex.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The report's charts as inline SVG: horizontal bar charts with each label above its bars, an
 * axis with gridlines and the value written beside every bar, and a heat map with the count in
 * every cell. Each chart names itself with {@code <title>} and describes its numbers with
 * {@code <desc>}, so a screen reader gets the text alternative without it filling the page.
 *
 * <p>SVG text does not wrap, so labels are wrapped here against a width estimated from
 * DejaVu Sans, the widest of the common sans-serif faces: a label that fits that estimate fits
 * in the narrower faces browsers pick elsewhere.
 */
final class ReportCharts {
  /** The width of a bar chart's drawing, in SVG units; it scales down on narrow screens. */
  static final int BAR_CHART_WIDTH = 420;
  private static final int PLOT = 300;
  private static final int LABEL_FONT = 13;
  private static final int LABEL_LINE = 16;
  private static final int BAR_HEIGHT = 12;
  private static final int BAR_GAP = 3;
  private static final int GROUP_GAP = 10;
  private static final int AXIS_SPACE = 40;

  private ReportCharts() {}

  /** One coloured series of bars: a view, a segment, or met and not met. */
  record Bar(double share, String value, String colour, String tip) {}

  /** The bars of one element or measure under its label. */
  record Group(String label, List<Bar> bars) {}

  /**
   * The horizontal axis of a bar chart: {@code max} is the value drawn at the plot's full
   * width, {@code ticks} the values marked, {@code reference} a value to mark with a dashed line
   * (NaN for none).
   */
  record Axis(double max, List<Double> ticks, DoubleFunction<String> label, String title,
      double reference) {
    static Axis shares() {
      return new Axis(1.0, List.of(0.0, 0.25, 0.5, 0.75, 1.0), Format::percent,
          "share of ledgers", Double.NaN);
    }
  }

  /** Draws a bar chart of groups of bars, each label above its bars, the axis below. */
  static String barChart(String id, String title, String desc, List<Group> groups, Axis axis) {
    StringBuilder body = new StringBuilder();
    int y = 0;
    for (Group g : groups) {
      List<String> lines = wrap(g.label(), BAR_CHART_WIDTH - 4, LABEL_FONT);
      for (int i = 0; i < lines.size(); i++) {
        body.append(text(0, y + 13 + i * LABEL_LINE, "label", lines.get(i)));
      }
      int barY = y + lines.size() * LABEL_LINE + 3;
      for (Bar bar : g.bars()) {
        double shown = Math.max(0, Math.min(axis.max(), bar.share()));
        long width = Math.max(1, Math.round(PLOT * shown / axis.max()));
        body.append(String.format(Locale.ROOT,
            "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title>"
                + "</rect>", barY, width, BAR_HEIGHT, bar.colour(), esc(bar.tip())));
        body.append(text(width + 4, barY + BAR_HEIGHT - 2, "value", bar.value()));
        barY += BAR_HEIGHT + BAR_GAP;
      }
      y = barY + GROUP_GAP;
    }
    int axisY = y;
    StringBuilder grid = new StringBuilder();
    for (double t : axis.ticks()) {
      long x = Math.round(PLOT * t / axis.max());
      grid.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"0\""
          + " y2=\"%d\"></line>", x, x, axisY));
      String anchor = t == 0 ? "start" : "middle";
      grid.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\""
          + " text-anchor=\"%s\">%s</text>", x, axisY + 15, anchor, esc(axis.label().apply(t))));
    }
    grid.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"0\" x2=\"%d\" y1=\"%d\""
        + " y2=\"%d\"></line>", PLOT, axisY, axisY));
    if (!Double.isNaN(axis.reference())) {
      long x = Math.round(PLOT * axis.reference() / axis.max());
      grid.append(String.format(Locale.ROOT, "<line class=\"reference\" x1=\"%d\" x2=\"%d\""
          + " y1=\"0\" y2=\"%d\"></line>", x, x, axisY));
    }
    grid.append(String.format(Locale.ROOT, "<text class=\"axis-title\" x=\"%d\" y=\"%d\""
        + " text-anchor=\"middle\">%s</text>", PLOT / 2, axisY + 32, esc(axis.title())));
    int height = axisY + AXIS_SPACE;
    // Inset by a few units: a label's white halo reaches past its first glyph.
    return svg(id, title, desc, BAR_CHART_WIDTH, height,
        "<g transform=\"translate(3,0)\">" + grid + body + "</g>");
  }

  /** One row and column of the heat map: an element on a side. */
  record HeatAxis(String label, long alone) {}

  /**
   * Draws a heat map of counts: {@code counts[i][j]} ledgers carry both {@code axis[i]} and
   * {@code axis[j]}; the diagonal holds each element alone and is drawn apart; cells in
   * {@code outlined} are framed.
   */
  static String heatmap(String id, String title, String desc, List<HeatAxis> axis,
      long[][] counts, boolean[][] outlined, long busiest) {
    int cell = 30;
    int font = 12;
    double widest = 0;
    for (HeatAxis a : axis) {
      widest = Math.max(widest, textWidth(a.label(), font));
    }
    int margin = (int) Math.ceil(widest) + 10;
    int n = axis.size();
    int width = margin + n * cell + 4;
    int height = margin + n * cell + 4;
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int y = margin + i * cell;
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s"
          + "</text>", margin - 6, y + 19, esc(axis.get(i).label())));
      int x = margin + i * cell + cell / 2 + 4;
      s.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-90)\">%s"
          + "</text>", x, margin - 6, esc(axis.get(i).label())));
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int x = margin + j * cell;
        int y = margin + i * cell;
        long c = counts[i][j];
        String fill;
        String ink;
        if (i == j) {
          fill = "#e8ebf0";
          ink = "#4a5566";
        } else {
          double t = busiest == 0 ? 0 : c / (double) busiest;
          fill = shade(t);
          ink = t > 0.55 ? "#ffffff" : "#1d2430";
        }
        String tip = i == j ? axis.get(i).label() + ": " + c + " ledgers carry it"
            : axis.get(i).label() + " with " + axis.get(j).label() + ": " + c + " ledgers";
        s.append(String.format(Locale.ROOT, "<rect class=\"cell%s\" x=\"%d\" y=\"%d\""
                + " width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>",
            outlined[i][j] ? " strongest" : "", x + 1, y + 1, cell - 2, cell - 2, fill,
            esc(tip)));
        s.append(String.format(Locale.ROOT, "<text class=\"count%s\" x=\"%d\" y=\"%d\""
                + " text-anchor=\"middle\" fill=\"%s\">%d</text>", i == j ? " alone" : "",
            x + cell / 2, y + 19, ink, c));
      }
    }
    return svg(id, title, desc, width, height, s.toString());
  }

  /** The heat map's colour for a share of the busiest pair, white to deep red. */
  static String shade(double t) {
    double u = Math.max(0, Math.min(1, t));
    int r = (int) Math.round(255 + (165 - 255) * u);
    int g = (int) Math.round(245 + (15 - 245) * u);
    int b = (int) Math.round(240 + (21 - 240) * u);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  private static String svg(String id, String title, String desc, int width, int height,
      String body) {
    return String.format(Locale.ROOT, "<svg id=\"%s\" class=\"chart-svg\" role=\"img\""
            + " aria-labelledby=\"%s-title\" aria-describedby=\"%s-desc\" width=\"%d\""
            + " height=\"%d\" viewBox=\"0 0 %d %d\"><title id=\"%s-title\">%s</title>"
            + "<desc id=\"%s-desc\">%s</desc>%s</svg>", id, id, id, width, height, width,
        height, id, esc(title), id, esc(desc), body);
  }

  private static String text(long x, long y, String css, String text) {
    return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%d\" y=\"%d\">%s</text>", css, x,
        y, esc(text));
  }

  /**
   * Splits a label into lines no wider than {@code width} at a font size, breaking between
   * words; a single word wider than the line stays whole on its own line.
   */
  static List<String> wrap(String label, double width, double font) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : label.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && textWidth(candidate, font) > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** The width a text takes in DejaVu Sans at a font size, slightly overestimated. */
  static double textWidth(String text, double font) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        em += c == 'W' || c == 'M' ? 1.0 : 0.74;
      } else if (Character.isDigit(c)) {
        em += 0.64;
      } else if (c == ' ') {
        em += 0.32;
      } else if (Character.isLetter(c)) {
        em += c == 'm' || c == 'w' ? 0.98 : 0.6;
      } else {
        em += c == '&' || c == '%' ? 0.95 : 0.45;
      }
    }
    return em * font;
  }

  /** Escapes text for HTML and SVG content and attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
