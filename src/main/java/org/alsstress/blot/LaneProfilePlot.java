package org.alsstress.blot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.alsstress.plot.RasterSketch;
import org.alsstress.plot.Sketch.Anchor;

/** One small panel per lane: the lane profile, the band's extent and its valley-to-valley baseline. */
public final class LaneProfilePlot {
	private static final int PANEL_W = 220, PANEL_H = 150, COLUMNS = 5;
	private static final Color PROFILE = new Color(40, 40, 40);
	private static final Color BAND = new Color(200, 235, 200);
	private static final Color BASELINE = new Color(220, 40, 40);

	private LaneProfilePlot() {}

	public static void write(SignalImage img, List<Band> bands, String title, Path file) throws IOException {
		int rows = (bands.size() + COLUMNS - 1) / COLUMNS;
		RasterSketch s = new RasterSketch(COLUMNS * PANEL_W, 30 + rows * PANEL_H);
		s.text(title + " - lane profiles (band in green, valley-to-valley baseline in red)", 10, 20, Anchor.START, 14, PROFILE, false);
		for (int i = 0; i < bands.size(); i++)
			panel(s, img, bands.get(i), (i % COLUMNS) * PANEL_W, 30 + (i / COLUMNS) * PANEL_H);
		s.writePng(file);
	}

	private static void panel(RasterSketch s, SignalImage img, Band band, double x0, double y0) {
		Lane lane = band.lane;
		double[] profile = Profiles.laneProfile(img.pixels, img.width, img.height, lane);
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (double v : profile) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		double left = x0 + 10, right = x0 + PANEL_W - 10, top = y0 + 20, bottom = y0 + PANEL_H - 10;
		double span = hi > lo ? hi - lo : 1;
		double scaleX = (right - left) / Math.max(1, profile.length - 1);
		if (band.found)
			s.rect(left + band.top * scaleX, top, (band.bottom - band.top) * scaleX, bottom - top, null, BAND, 0);
		double[] xs = new double[profile.length], ys = new double[profile.length];
		for (int y = 0; y < profile.length; y++) {
			xs[y] = left + y * scaleX;
			ys[y] = bottom - (profile[y] - lo) / span * (bottom - top);
		}
		s.polyline(xs, ys, PROFILE, 1);
		if (band.found) {
			double[] smooth = Profiles.smooth(profile, BandFinder.SMOOTHING);
			s.line(xs[band.top], bottom - (smooth[band.top] - lo) / span * (bottom - top), xs[band.bottom],
				bottom - (smooth[band.bottom] - lo) / span * (bottom - top), BASELINE, 1.5);
		}
		s.rect(left, top, right - left, bottom - top, new Color(180, 180, 180), null, 1);
		String label = "lane " + lane.number + (band.found ? band.saturated ? " SATURATED" : "" : " - no band");
		s.text(label, left, y0 + 15, Anchor.START, 11, band.saturated ? BASELINE : PROFILE, false);
	}
}
