package org.alsstress.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alsstress.stats.GroupSummary;
import org.alsstress.stats.GroupedValue;
import org.alsstress.plot.Sketch.Anchor;

/**
 * The figure a biologist puts in a paper: every point of every group, with
 * the group's mean and SD, and the p-value against the control above each
 * group.
 */
public final class GroupPlot {

	private static final Color INK = new Color(40, 40, 40);
	private static final Color GRID = new Color(225, 225, 225);
	private static final Color[] PALETTE = { new Color(90, 90, 90), new Color(200, 60, 50),
		new Color(50, 110, 190), new Color(60, 150, 80), new Color(150, 90, 170), new Color(210,
			140, 30) };

	private final String title;
	private final String yLabel;
	private final List<GroupedValue> points;
	private final List<GroupSummary> groups;

	public GroupPlot(String title, String yLabel, List<GroupedValue> points,
		List<GroupSummary> groups)
	{
		this.title = title;
		this.yLabel = yLabel;
		this.points = points;
		this.groups = groups;
	}

	/** Writes {@code <base>.png} and {@code <base>.svg}; returns both paths. */
	public List<Path> write(Path folder, String baseName) throws IOException {
		int width = Math.max(360, 140 + 110 * groups.size()), height = 420;
		RasterSketch png = new RasterSketch(width, height);
		draw(png);
		Path pngFile = folder.resolve(baseName + ".png");
		png.writePng(pngFile);
		SvgSketch svg = new SvgSketch(width, height);
		draw(svg);
		Path svgFile = folder.resolve(baseName + ".svg");
		svg.write(svgFile);
		return List.of(pngFile, svgFile);
	}

	public void draw(Sketch s) {
		double left = 80, right = s.width() - 20, top = 60, bottom = s.height() - 70;
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (GroupedValue p : points)
			if (Double.isFinite(p.value)) {
				lo = Math.min(lo, p.value);
				hi = Math.max(hi, p.value);
			}
		for (GroupSummary g : groups)
			if (Double.isFinite(g.sd)) hi = Math.max(hi, g.mean + g.sd);
		Axis y = Axis.covering(lo, hi, bottom, top, lo >= 0);
		for (double tick : y.ticks()) {
			double py = y.toPixel(tick);
			s.line(left, py, right, py, GRID, 1);
			s.text(y.label(tick), left - 8, py + 4, Anchor.END, 12, INK, false);
		}
		s.line(left, top, left, bottom, INK, 1.2);
		s.line(left, bottom, right, bottom, INK, 1.2);
		s.text(title, (left + right) / 2, 28, Anchor.MIDDLE, 15, INK, false);
		s.text(yLabel, 22, (top + bottom) / 2, Anchor.MIDDLE, 13, INK, true);

		double slot = (right - left) / groups.size();
		for (int gi = 0; gi < groups.size(); gi++) {
			GroupSummary g = groups.get(gi);
			double cx = left + slot * (gi + 0.5);
			Color color = PALETTE[gi % PALETTE.length];
			drawPoints(s, g.group, cx, slot, y, color);
			drawMeanAndSd(s, g, cx, slot, y);
			s.text(g.group, cx, bottom + 20, Anchor.MIDDLE, 12, INK, false);
			s.text("n = " + g.n, cx, bottom + 38, Anchor.MIDDLE, 11, INK, false);
			if (g.test != null) s.text(formatP(g.pValue()), cx, top - 8, Anchor.MIDDLE, 11, INK,
				false);
		}
	}

	private void drawPoints(Sketch s, String group, double cx, double slot, Axis y, Color color) {
		List<GroupedValue> members = new ArrayList<>();
		for (GroupedValue p : points)
			if (p.group.equals(group) && Double.isFinite(p.value)) members.add(p);
		double spread = slot * 0.28;
		for (int i = 0; i < members.size(); i++) {
			// Deterministic spread so that the same data always give the same figure.
			double offset = members.size() == 1 ? 0 : (i / (members.size() - 1.0) - 0.5) * spread;
			s.circle(cx + offset, y.toPixel(members.get(i).value), 4, Color.WHITE, color);
		}
	}

	private void drawMeanAndSd(Sketch s, GroupSummary g, double cx, double slot, Axis y) {
		if (!Double.isFinite(g.mean)) return;
		double half = slot * 0.22, my = y.toPixel(g.mean);
		s.line(cx - half, my, cx + half, my, INK, 2.5);
		if (!Double.isFinite(g.sd)) return;
		double upper = y.toPixel(g.mean + g.sd), lower = y.toPixel(Math.max(y.min(), g.mean - g.sd));
		s.line(cx, upper, cx, lower, INK, 1.5);
		s.line(cx - half / 2, upper, cx + half / 2, upper, INK, 1.5);
		s.line(cx - half / 2, lower, cx + half / 2, lower, INK, 1.5);
	}

	static String formatP(double p) {
		if (Double.isNaN(p)) return "p = n/a";
		if (p < 0.0001) return "p < 0.0001";
		return String.format(Locale.ROOT, p < 0.01 ? "p = %.4f" : "p = %.3f", p);
	}
}
