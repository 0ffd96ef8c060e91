package org.alsstress.granules;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import ij.gui.Overlay;
import ij.gui.TextRoi;
import ij.process.FloatProcessor;

import org.alsstress.imaging.LabelImage;
import org.alsstress.imaging.LabelRois;
import org.alsstress.imaging.RobustStatistics;
import org.alsstress.io.IndexedPng;

/**
 * The quality-control picture of a field: granule marker in grey, nuclei in
 * blue, cell outlines in yellow (edge cells dimmer), granule outlines in
 * magenta, apoptotic cells in red with an "A", each cell's id and granule count.
 */
public final class QcOverlay {

	static final Color CELL = new Color(255, 220, 0);
	static final Color EDGE_CELL = new Color(140, 120, 0);
	static final Color NUCLEUS = new Color(60, 140, 255);
	static final Color GRANULE = new Color(255, 0, 255);
	static final Color APOPTOTIC = new Color(255, 40, 40);

	private QcOverlay() {}

	/** Grey levels of the marker in the palette; the outline and label colours follow them. */
	static final int GREYS = 251;
	private static final int NUCLEUS_INDEX = GREYS, CELL_INDEX = GREYS + 1, EDGE_CELL_INDEX = GREYS + 2,
		GRANULE_INDEX = GREYS + 3, APOPTOTIC_INDEX = GREYS + 4;

	/** The picture as an 8-bit palette image: one palette index per pixel. */
	public static final class Picture {

		public final int width;
		public final int height;
		public final byte[] indices;

		Picture(int width, int height, byte[] indices) {
			this.width = width;
			this.height = height;
			this.indices = indices;
		}

		/** Colours of the indices, 0xRRGGBB. */
		public static int[] palette() {
			int[] palette = new int[GREYS + 5];
			for (int i = 0; i < GREYS; i++) {
				int g = (int) Math.round(i * 255.0 / (GREYS - 1));
				palette[i] = g << 16 | g << 8 | g;
			}
			palette[NUCLEUS_INDEX] = NUCLEUS.getRGB() & 0xffffff;
			palette[CELL_INDEX] = CELL.getRGB() & 0xffffff;
			palette[EDGE_CELL_INDEX] = EDGE_CELL.getRGB() & 0xffffff;
			palette[GRANULE_INDEX] = GRANULE.getRGB() & 0xffffff;
			palette[APOPTOTIC_INDEX] = APOPTOTIC.getRGB() & 0xffffff;
			return palette;
		}

		public int rgb(int x, int y) {
			return palette()[indices[y * width + x] & 0xff];
		}
	}

	/**
	 * Drawn straight into palette indices: the marker scaled to grey levels, the outlines over it, and the
	 * labels drawn one by one into small masks, so that no full-size colour image is made.
	 */
	public static Picture picture(FloatProcessor marker, FieldAnalysis a) {
		int w = marker.getWidth(), h = marker.getHeight();
		float[] pixels = (float[]) marker.getPixels();
		double[] range = displayRange(pixels);
		byte[] out = new byte[pixels.length];
		float lo = (float) range[0], span = (float) (range[1] - range[0]);
		float scale = span > 0 ? (GREYS - 1) / span : 0;
		for (int i = 0; i < pixels.length; i++) {
			int g = (int) ((pixels[i] - lo) * scale + 0.5f);
			out[i] = (byte) (g < 0 ? 0 : g >= GREYS ? GREYS - 1 : g);
		}
		boolean[] apoptoticCell = new boolean[a.cells.maxLabel() + 1];
		boolean[] edgeCell = new boolean[a.cells.maxLabel() + 1];
		for (CellResult c : a.cellResults) {
			if (c.id < apoptoticCell.length) {
				apoptoticCell[c.id] = c.apoptotic;
				edgeCell[c.id] = c.edge;
			}
		}
		paint(out, a.nuclei.labels, NUCLEUS_INDEX, null, null);
		paint(out, a.cells, CELL_INDEX, edgeCell, apoptoticCell);
		paint(out, a.granules.labels, GRANULE_INDEX, null, null);
		Font font = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(11, w / 70));
		for (CellResult c : a.cellResults)
			text(out, w, h, c.id + ": " + c.granuleCount + (c.apoptotic ? " A" : ""), (int) c.nucleusX - 10,
				(int) c.nucleusY + 5, font, c.apoptotic ? APOPTOTIC_INDEX : c.edge ? EDGE_CELL_INDEX : CELL_INDEX);
		return new Picture(w, h, out);
	}

	/** The picture as a colour image. */
	public static BufferedImage render(FloatProcessor marker, FieldAnalysis a) {
		Picture p = picture(marker, a);
		int[] palette = Picture.palette();
		BufferedImage image = new BufferedImage(p.width, p.height, BufferedImage.TYPE_INT_RGB);
		int[] row = new int[p.width];
		for (int y = 0; y < p.height; y++) {
			for (int x = 0; x < p.width; x++)
				row[x] = palette[p.indices[y * p.width + x] & 0xff];
			image.setRGB(0, y, p.width, 1, row, 0, p.width);
		}
		return image;
	}

	public static void write(FloatProcessor marker, FieldAnalysis a, Path file) throws IOException {
		Picture p = picture(marker, a);
		IndexedPng.write(file, p.width, p.height, p.indices, Picture.palette());
	}

	/** The same as ImageJ ROIs, for the image opened in Fiji. */
	public static Overlay overlay(FieldAnalysis a) {
		Overlay overlay = new Overlay();
		LabelRois.addOutlines(overlay, a.cells, "cell ", CELL);
		LabelRois.addOutlines(overlay, a.granules.labels, "granule ", GRANULE);
		Font font = new Font(Font.SANS_SERIF, Font.BOLD, 12);
		for (CellResult c : a.cellResults)
			if (c.apoptotic) {
				TextRoi label = new TextRoi(c.nucleusX, c.nucleusY, "A", font);
				label.setStrokeColor(APOPTOTIC);
				label.setName("apoptotic cell " + c.id);
				overlay.add(label);
			}
		return overlay;
	}

	/**
	 * Outline pixels (object pixels with a 4-neighbour of another label or the background) take the colour
	 * index; for cells, edge cells and apoptotic cells (which wins) their own.
	 */
	private static void paint(byte[] out, LabelImage labels, int index, boolean[] edge, boolean[] apoptotic) {
		int w = labels.width, h = labels.height;
		int[] l = labels.pixels;
		for (int y = 0; y < h; y++)
			for (int x = 0, i = y * w; x < w; x++, i++) {
				int v = l[i];
				if (v == 0) continue;
				if (x == 0 || y == 0 || x == w - 1 || y == h - 1 || l[i - 1] != v || l[i + 1] != v || l[i - w] != v ||
					l[i + w] != v)
				{
					int c = index;
					if (apoptotic != null && v < apoptotic.length && apoptotic[v]) c = APOPTOTIC_INDEX;
					else if (edge != null && v < edge.length && edge[v]) c = EDGE_CELL_INDEX;
					out[i] = (byte) c;
				}
			}
	}

	/** A label drawn (without anti-aliasing, as on any image) into a mask its size, then copied in its colour. */
	private static void text(byte[] out, int w, int h, String text, int x, int y, Font font, int index) {
		BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D pg = probe.createGraphics();
		FontMetrics metrics = pg.getFontMetrics(font);
		pg.dispose();
		int pad = 2, ascent = metrics.getMaxAscent() + pad, mw = metrics.stringWidth(text) + 2 * pad + font.getSize(),
			mh = ascent + metrics.getMaxDescent() + 2 * pad;
		BufferedImage mask = new BufferedImage(mw, mh, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = mask.createGraphics();
		g.setFont(font);
		g.setColor(java.awt.Color.WHITE);
		g.drawString(text, pad, ascent);
		g.dispose();
		byte[] m = ((java.awt.image.DataBufferByte) mask.getRaster().getDataBuffer()).getData();
		int x0 = x - pad, y0 = y - ascent;
		for (int my = 0; my < mh; my++) {
			int oy = y0 + my;
			if (oy < 0 || oy >= h) continue;
			for (int mx = 0; mx < mw; mx++) {
				int ox = x0 + mx;
				if (ox >= 0 && ox < w && m[my * mw + mx] != 0) out[oy * w + ox] = (byte) index;
			}
		}
	}

	/** 0.5 % and 99.8 % quantiles: granules stay visible without the background going black. */
	private static double[] displayRange(float[] pixels) {
		int step = Math.max(1, pixels.length / 200_000);
		float[] sample = new float[(pixels.length + step - 1) / step];
		int n = 0;
		for (int i = 0; i < pixels.length; i += step)
			sample[n++] = pixels[i];
		return new double[] { RobustStatistics.kthSmallestInPlace(sample, n, (int) (0.005 * (n - 1))), RobustStatistics
			.kthSmallestInPlace(sample, n, (int) (0.998 * (n - 1))) };
	}
}
