package org.alsstress.granules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import ij.process.FloatProcessor;

import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.granules.sim.SimulatedField;
import org.alsstress.imaging.LabelImage;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class QcOverlayTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void outlinesTakeTheirColoursAndTheRestIsTheMarkerInGrey() throws Exception {
		SimulatedField sim = FieldSimulator.simulate(Scenario.ARSENITE, 3, FieldSpec.of(384, 384));
		FieldImage image = new FieldImage("f", sim.channel(1), sim.channel(2), sim.channel(3), sim.channel(4));
		SegmentationSettings settings = new SegmentationSettings();
		settings.pixelSizeUm = sim.spec().pixelUm;
		FieldAnalysis a = FieldAnalyzer.analyze(image, settings, null, null);
		assertTrue(a.granules.granules.size() > 5);
		FloatProcessor marker = image.granules();
		Path file = tmp.getRoot().toPath().resolve("overlay.png");
		QcOverlay.write(marker, a, file);
		BufferedImage png = ImageIO.read(file.toFile());
		QcOverlay.Picture picture = QcOverlay.picture(marker, a);
		int w = marker.getWidth(), h = marker.getHeight();
		assertEquals(w, png.getWidth());
		int granuleOutline = 0, grey = 0, text = 0;
		for (int y = 1; y < h - 1; y++)
			for (int x = 1; x < w - 1; x++) {
				int rgb = png.getRGB(x, y) & 0xffffff;
				assertEquals(picture.rgb(x, y), rgb);
				if (outline(a.granules.labels, x, y)) {
					assertEquals(QcOverlay.GRANULE.getRGB() & 0xffffff, rgb);
					granuleOutline++;
				}
				else if (!outline(a.cells, x, y) && !outline(a.nuclei.labels, x, y)) {
					if (isGrey(rgb)) grey++;
					else text++;
				}
			}
		assertTrue(granuleOutline > 5 * a.granules.granules.size());
		// every cell's id and count is written in its colour; all else is the marker
		assertTrue(text > 20 * a.cellResults.size());
		assertTrue(grey > 0.9 * w * h);
		// grey follows the marker: the brightest granule pixel is brighter than the median background
		Granule brightest = a.granules.granules.get(0);
		for (Granule g : a.granules.granules)
			if (marker.getf((int) g.x, (int) g.y) > marker.getf((int) brightest.x, (int) brightest.y)) brightest = g;
		assertTrue((png.getRGB((int) brightest.x, (int) brightest.y) & 0xff) > (png.getRGB(2, 2) & 0xff));
	}

	private static boolean outline(LabelImage labels, int x, int y) {
		int l = labels.get(x, y);
		return l != 0 && (labels.get(x - 1, y) != l || labels.get(x + 1, y) != l || labels.get(x, y - 1) != l ||
			labels.get(x, y + 1) != l);
	}

	private static boolean isGrey(int rgb) {
		return (rgb >> 16 & 0xff) == (rgb >> 8 & 0xff) && (rgb >> 8 & 0xff) == (rgb & 0xff);
	}
}
