package org.alsstress.plot;

import java.awt.Color;

/**
 * A small vector drawing surface, so that one drawing routine produces both
 * a PNG (for slides and the README) and an SVG (for figure editing).
 * Coordinates are in pixels, origin top-left.
 */
public interface Sketch {

	enum Anchor {
		START, MIDDLE, END
	}

	int width();

	int height();

	void line(double x1, double y1, double x2, double y2, Color color, double strokeWidth);

	void polyline(double[] xs, double[] ys, Color color, double strokeWidth);

	/** A rectangle; {@code fill} may be null for an outline only, {@code stroke} null for fill only. */
	void rect(double x, double y, double w, double h, Color stroke, Color fill, double strokeWidth);

	void circle(double cx, double cy, double r, Color stroke, Color fill);

	/** Text with its baseline at y, anchored horizontally at x; rotated -90° when vertical. */
	void text(String text, double x, double y, Anchor anchor, double size, Color color,
		boolean vertical);
}
