package org.alsstress.imaging;

import java.awt.Color;

import ij.gui.Overlay;
import ij.gui.Roi;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ByteProcessor;

/** Label outlines as ImageJ ROIs, for overlays on the analysed image. */
public final class LabelRois {

	private LabelRois() {}

	/** One traced outline per label, named {@code prefix + label}, added to the overlay. */
	public static void addOutlines(Overlay overlay, LabelImage labels, String prefix, Color color) {
		LabelMeasurements m = LabelMeasurements.measure(labels, null);
		for (int l = 1; l <= m.maxLabel; l++) {
			if (!m.exists(l)) continue;
			int x0 = m.minX[l], y0 = m.minY[l], w = m.maxX[l] - x0 + 1, h = m.maxY[l] - y0 + 1;
			ByteProcessor mask = new ByteProcessor(w, h);
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					if (labels.pixels[(y0 + y) * labels.width + x0 + x] == l) mask.set(x, y, 255);
			mask.setThreshold(255, 255, ByteProcessor.NO_LUT_UPDATE);
			Roi roi = ThresholdToSelection.run(new ij.ImagePlus("", mask));
			if (roi == null) continue;
			roi.setLocation(x0 + roi.getBounds().x, y0 + roi.getBounds().y);
			roi.setStrokeColor(color);
			roi.setName(prefix + l);
			overlay.add(roi);
		}
	}
}
