package org.alsstress.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.alsstress.io.OutputFiles;

/** Writes a {@link Sketch} as standalone SVG. */
public final class SvgSketch implements Sketch {

	private final int width;
	private final int height;
	private final StringBuilder body = new StringBuilder();

	public SvgSketch(int width, int height) {
		this.width = width;
		this.height = height;
		rect(0, 0, width, height, null, Color.WHITE, 0);
	}

	@Override
	public int width() {
		return width;
	}

	@Override
	public int height() {
		return height;
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, Color color, double strokeWidth) {
		body.append(String.format(Locale.ROOT,
			"<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"%.2f\"/>%n",
			x1, y1, x2, y2, hex(color), strokeWidth));
	}

	@Override
	public void polyline(double[] xs, double[] ys, Color color, double strokeWidth) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < xs.length; i++)
			points.append(String.format(Locale.ROOT, "%.2f,%.2f ", xs[i], ys[i]));
		body.append(String.format(Locale.ROOT,
			"<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.2f\" stroke-linejoin=\"round\"/>%n",
			points.toString().trim(), hex(color), strokeWidth));
	}

	@Override
	public void rect(double x, double y, double w, double h, Color stroke, Color fill,
		double strokeWidth)
	{
		body.append(String.format(Locale.ROOT,
			"<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.2f\"/>%n",
			x, y, w, h, fill == null ? "none" : hex(fill), stroke == null ? "none" : hex(stroke),
			strokeWidth));
	}

	@Override
	public void circle(double cx, double cy, double r, Color stroke, Color fill) {
		body.append(String.format(Locale.ROOT,
			"<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"%s\" stroke=\"%s\"/>%n", cx, cy, r,
			fill == null ? "none" : hex(fill), stroke == null ? "none" : hex(stroke)));
	}

	@Override
	public void text(String text, double x, double y, Anchor anchor, double size, Color color,
		boolean vertical)
	{
		String transform = vertical ? String.format(Locale.ROOT,
			" transform=\"rotate(-90 %.2f %.2f)\"", x, y) : "";
		body.append(String.format(Locale.ROOT,
			"<text x=\"%.2f\" y=\"%.2f\" font-family=\"sans-serif\" font-size=\"%.1f\" fill=\"%s\" text-anchor=\"%s\"%s>%s</text>%n",
			x, y, size, hex(color), anchor == Anchor.START ? "start" : anchor == Anchor.MIDDLE
				? "middle" : "end", transform, escape(text)));
	}

	public String toSvg() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
			"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height +
			"\" viewBox=\"0 0 " + width + " " + height + "\">\n" + body + "</svg>\n";
	}

	public void write(Path file) throws IOException {
		OutputFiles.writeString(file, toSvg());
	}

	private static String hex(Color c) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"",
			"&quot;");
	}
}
