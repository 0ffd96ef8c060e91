package org.alsstress.blot;

import ij.process.ImageProcessor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The blot as the user sees it (contrast stretched for display only), with every lane, every band
 * box, saturated bands in red and the ladder in grey.
 */
public final class BlotOverlay {
	private static final Color LANE = new Color(0, 170, 230);
	private static final Color BAND = new Color(40, 200, 60);
	private static final Color SATURATED = new Color(230, 30, 30);
	private static final Color LADDER = new Color(150, 150, 150);

	private BlotOverlay() {}

	public static void write(ImageProcessor raw, LaneLayout layout, List<Band> bands, Path file) throws IOException {
		ImageProcessor display = raw.duplicate();
		display.resetMinAndMax();
		BufferedImage grey = display.convertToByteProcessor(true).getBufferedImage();
		BufferedImage image = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.drawImage(grey, 0, 0, null);
		float stroke = Math.max(1f, image.getWidth() / 600f);
		g.setStroke(new BasicStroke(stroke));
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, image.getWidth() / 60)));
		for (Lane lane : layout.ladders()) {
			g.setColor(LADDER);
			g.drawRect(lane.left, 0, lane.width() - 1, image.getHeight() - 1);
			g.drawString("ladder", lane.left + 2, g.getFont().getSize() + 2);
		}
		for (Lane lane : layout.samples()) {
			g.setColor(LANE);
			g.drawRect(lane.left, 0, lane.width() - 1, image.getHeight() - 1);
			g.drawString(String.valueOf(lane.number), lane.left + 2, g.getFont().getSize() + 2);
		}
		for (Band band : bands) {
			if (!band.found) continue;
			g.setColor(band.saturated ? SATURATED : BAND);
			g.drawRect(band.lane.left, band.top, band.lane.width() - 1, band.bottom - band.top);
			if (band.saturated) g.drawString("SAT", band.lane.left + 2, Math.min(image.getHeight() - 2, band.bottom + g.getFont().getSize() + 2));
		}
		g.dispose();
		ImageIO.write(image, "png", file.toFile());
	}
}
