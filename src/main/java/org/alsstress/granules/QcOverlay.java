package org.alsstress.granules;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import ij.gui.Overlay;
import ij.gui.TextRoi;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import org.alsstress.imaging.LabelBorders;
import org.alsstress.imaging.LabelImage;
import org.alsstress.imaging.LabelRois;
import org.alsstress.imaging.RobustStatistics;
import org.alsstress.io.OutputFiles;

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

	public static BufferedImage render(FloatProcessor marker, FieldAnalysis a) {
		ImageProcessor display = marker.duplicate();
		double[] range = displayRange((float[]) marker.getPixels());
		display.setMinAndMax(range[0], range[1]);
		ColorProcessor rgb = display.convertToByteProcessor(true).convertToColorProcessor();
		int[] out = (int[]) rgb.getPixels();
		boolean[] apoptoticCell = new boolean[a.cells.maxLabel() + 1];
		boolean[] edgeCell = new boolean[a.cells.maxLabel() + 1];
		for (CellResult c : a.cellResults) {
			if (c.id < apoptoticCell.length) {
				apoptoticCell[c.id] = c.apoptotic;
				edgeCell[c.id] = c.edge;
			}
		}
		paint(out, LabelBorders.outlines(a.nuclei.labels), NUCLEUS, null, null);
		paint(out, LabelBorders.outlines(a.cells), CELL, a.cells, new Color[] { EDGE_CELL, APOPTOTIC }, edgeCell,
			apoptoticCell);
		paint(out, LabelBorders.outlines(a.granules.labels), GRANULE, null, null);
		BufferedImage image = rgb.getBufferedImage();
		Graphics2D g = image.createGraphics();
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(11, marker.getWidth() / 70)));
		for (CellResult c : a.cellResults) {
			g.setColor(c.apoptotic ? APOPTOTIC : c.edge ? EDGE_CELL : CELL);
			g.drawString(c.id + ": " + c.granuleCount + (c.apoptotic ? " A" : ""), (int) c.nucleusX - 10,
				(int) c.nucleusY + 5);
		}
		g.dispose();
		return image;
	}

	public static void write(FloatProcessor marker, FieldAnalysis a, Path file) throws IOException {
		OutputFiles.writePng(render(marker, a), file);
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

	private static void paint(int[] out, boolean[] outline, Color color, LabelImage labels, Color[] special,
		boolean[]... flags)
	{
		for (int i = 0; i < out.length; i++) {
			if (!outline[i]) continue;
			Color c = color;
			if (labels != null) {
				int l = labels.pixels[i];
				if (flags.length > 1 && l < flags[1].length && flags[1][l]) c = special[1];
				else if (flags.length > 0 && l < flags[0].length && flags[0][l]) c = special[0];
			}
			out[i] = c.getRGB();
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
