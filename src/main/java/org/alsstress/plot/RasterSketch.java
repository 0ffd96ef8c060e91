package org.alsstress.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.alsstress.io.OutputFiles;

/** Draws a {@link Sketch} into an anti-aliased RGB image. */
public final class RasterSketch implements Sketch {

	private final BufferedImage image;
	private final Graphics2D g;

	public RasterSketch(int width, int height) {
		image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
			RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
	}

	@Override
	public int width() {
		return image.getWidth();
	}

	@Override
	public int height() {
		return image.getHeight();
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, Color color, double strokeWidth) {
		g.setColor(color);
		g.setStroke(new BasicStroke((float) strokeWidth));
		g.draw(new Line2D.Double(x1, y1, x2, y2));
	}

	@Override
	public void polyline(double[] xs, double[] ys, Color color, double strokeWidth) {
		if (xs.length == 0) return;
		Path2D.Double path = new Path2D.Double();
		path.moveTo(xs[0], ys[0]);
		for (int i = 1; i < xs.length; i++)
			path.lineTo(xs[i], ys[i]);
		g.setColor(color);
		g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_ROUND,
			BasicStroke.JOIN_ROUND));
		g.draw(path);
	}

	@Override
	public void rect(double x, double y, double w, double h, Color stroke, Color fill,
		double strokeWidth)
	{
		Rectangle2D.Double r = new Rectangle2D.Double(x, y, w, h);
		if (fill != null) {
			g.setColor(fill);
			g.fill(r);
		}
		if (stroke != null) {
			g.setColor(stroke);
			g.setStroke(new BasicStroke((float) strokeWidth));
			g.draw(r);
		}
	}

	@Override
	public void circle(double cx, double cy, double r, Color stroke, Color fill) {
		Ellipse2D.Double e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
		if (fill != null) {
			g.setColor(fill);
			g.fill(e);
		}
		if (stroke != null) {
			g.setColor(stroke);
			g.setStroke(new BasicStroke(1f));
			g.draw(e);
		}
	}

	@Override
	public void text(String text, double x, double y, Anchor anchor, double size, Color color,
		boolean vertical)
	{
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(size)));
		g.setColor(color);
		double w = g.getFontMetrics().stringWidth(text);
		double shift = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
		AffineTransform saved = g.getTransform();
		g.translate(x, y);
		if (vertical) g.rotate(-Math.PI / 2);
		g.drawString(text, (float) shift, 0f);
		g.setTransform(saved);
	}

	public BufferedImage image() {
		return image;
	}

	public void writePng(Path file) throws IOException {
		OutputFiles.writePng(image, file);
	}
}
