package org.alsstress.blot;

import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.process.ImageProcessor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.alsstress.io.OutputFiles;

/**
 * Every lane, every band box, saturated bands in red and the ladder in grey: as an ImageJ overlay
 * (for the image in Fiji) and drawn into a PNG of the blot (contrast stretched for display only).
 */
public final class BlotOverlay {
	private static final Color LANE = new Color(0, 170, 230);
	private static final Color BAND = new Color(40, 200, 60);
	private static final Color SATURATED = new Color(230, 30, 30);
	private static final Color LADDER = new Color(150, 150, 150);
	private static final Color DOUBTFUL = new Color(240, 150, 0);
	private static final Color LEFT_OUT = new Color(200, 60, 200);
	/** Lanes less confident than this are labelled with a question mark. */
	public static final double DOUBTFUL_BELOW = 0.5;

	private BlotOverlay() {}

	public static Overlay overlay(int width, int height, LaneLayout layout, List<Band> bands) {
		Overlay overlay = new Overlay();
		Font font = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, width / 60));
		for (Lane lane : layout.ladders()) {
			overlay.add(styled(LaneRois.roi(lane, height), LADDER));
			overlay.add(label("ladder", lane.left + 2, 2, font, LADDER));
		}
		for (Lane lane : layout.leftOut()) {
			Roi roi = styled(LaneRois.roi(lane, height), LEFT_OUT);
			roi.setName("left out: " + lane.doubt);
			overlay.add(roi);
			overlay.add(label("x", lane.left + 2, 2, font, LEFT_OUT));
		}
		for (Lane lane : layout.samples()) {
			boolean doubtful = lane.confidence < DOUBTFUL_BELOW;
			Color color = doubtful ? DOUBTFUL : LANE;
			overlay.add(styled(LaneRois.roi(lane, height), color));
			overlay.add(label(lane.number + (doubtful ? "?" : ""), lane.left + 2, 2, font, color));
		}
		if (!layout.registration().isIdentity())
			overlay.add(label("registered: " + layout.registration(), 2, height - font.getSize() - 4, font, LANE));
		for (Band band : bands) {
			if (!band.found) continue;
			Color color = band.saturated ? SATURATED : BAND;
			Roi box = styled(LaneRois.bandRoi(band), color);
			box.setName(band.role.key() + " band, lane " + band.lane.number + (band.saturated ? " (saturated)" : ""));
			overlay.add(box);
			if (band.saturated) overlay.add(label("SAT", band.lane.left(band.bottom) + 2, Math.min(height - font.getSize() - 2, band.bottom + 2), font, color));
		}
		return overlay;
	}

	/** Adds the ROIs the overlay lacks: an image serving two roles shows its lanes and labels once, its bands per role. */
	public static void addMissing(Overlay overlay, Overlay rois) {
		for (Roi roi : rois.toArray()) {
			boolean present = false;
			for (Roi other : overlay.toArray())
				present |= roi.getBounds().equals(other.getBounds()) && Objects.equals(roi.getName(), other.getName())
					&& Objects.equals(text(roi), text(other));
			if (!present) overlay.add(roi);
		}
	}

	private static String text(Roi roi) {
		return roi instanceof TextRoi ? ((TextRoi) roi).getText() : null;
	}

	private static Roi styled(Roi roi, Color color) {
		roi.setStrokeColor(color);
		return roi;
	}

	private static TextRoi label(String text, int x, int y, Font font, Color color) {
		TextRoi roi = new TextRoi(x, y, text, font);
		roi.setStrokeColor(color);
		return roi;
	}

	/** The blot with its overlay drawn in, as PNG. */
	public static void write(ImageProcessor raw, Overlay overlay, Path file) throws IOException {
		ImageProcessor display = raw.duplicate();
		display.resetMinAndMax();
		BufferedImage grey = display.convertToByteProcessor(true).getBufferedImage();
		BufferedImage image = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.drawImage(grey, 0, 0, null);
		g.setStroke(new BasicStroke(Math.max(1f, image.getWidth() / 600f)));
		for (Roi roi : overlay.toArray()) {
			g.setColor(roi.getStrokeColor());
			Rectangle r = roi.getBounds();
			if (roi instanceof TextRoi) {
				TextRoi text = (TextRoi) roi;
				g.setFont(text.getCurrentFont());
				g.drawString(text.getText().trim(), r.x, r.y + text.getCurrentFont().getSize());
			}
			else if (roi.getType() == Roi.RECTANGLE) g.drawRect(r.x, r.y, r.width - 1, r.height - 1);
			else g.drawPolygon(roi.getPolygon());
		}
		g.dispose();
		OutputFiles.writePng(image, file);
	}
}
