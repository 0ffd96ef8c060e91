package org.alsstress.granules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import ij.plugin.filter.GaussianBlur;
import ij.process.FloatProcessor;

import org.junit.Test;

public class NucleusSegmenterTest {

	private static final int SIZE = 300;

	/** Background 100; discs {x, y, radius, brightness above background}, blurred a little as by the optics. */
	private static FloatProcessor discs(double[]... discs) {
		FloatProcessor image = new FloatProcessor(SIZE, SIZE);
		for (int y = 0; y < SIZE; y++)
			for (int x = 0; x < SIZE; x++) {
				double v = 0;
				for (double[] d : discs)
					if (Math.hypot(x + 0.5 - d[0], y + 0.5 - d[1]) < d[2]) v = Math.max(v, d[3]);
				image.setf(x, y, (float) (100 + v));
			}
		new GaussianBlur().blurGaussian(image, 2, 2, 0.002);
		return image;
	}

	private static Nuclei segment(FloatProcessor image) {
		SegmentationSettings settings = new SegmentationSettings();
		settings.pixelSizeUm = 1;
		settings.nucleusDiameterUm = 60;
		return NucleusSegmenter.segment(image, settings);
	}

	private static int area(Nuclei nuclei, int label) {
		int n = 0;
		for (int l : nuclei.labels.pixels)
			if (l == label) n++;
		return n;
	}

	@Test
	public void threeNucleiRoundADarkGapStayThree() {
		// centres 62 px apart: the blur joins each pair, and a small dark gap lies between the three
		double r = 30, d = 62;
		Nuclei nuclei = segment(discs(new double[] { 150 - d / 2, 170, r, 1000 }, new double[] { 150 + d / 2, 170, r,
			1000 }, new double[] { 150, 170 - d * Math.sqrt(3) / 2, r, 1000 }));
		assertEquals(3, nuclei.count);
		for (int id = 1; id <= 3; id++)
			assertEquals(Math.PI * r * r, area(nuclei, id), 0.12 * Math.PI * r * r);
	}

	@Test
	public void aNucleusCutByTheCornerIsFoundWhole() {
		double r = 30;
		Nuclei nuclei = segment(discs(new double[] { 8, 8, r, 1000 }, new double[] { 180, 180, r, 1000 }));
		assertEquals(2, nuclei.count);
		int corner = nuclei.labels.get(1, 1);
		assertNotEquals(0, corner);
		assertEquals(true, nuclei.edge[corner]);
		// the part of the disc inside the image (1245 px), and no background taken in
		assertEquals(1245, area(nuclei, corner), 100);
	}

	@Test
	public void aSmallBrightApoptoticNucleusBesideNormalOnesIsKept() {
		Nuclei nuclei = segment(discs(new double[] { 80, 80, 30, 1000 }, new double[] { 200, 200, 30, 1000 },
			new double[] { 200, 80, 12, 2800 }));
		assertEquals(3, nuclei.count);
		assertEquals(Math.PI * 12 * 12, area(nuclei, nuclei.labels.get(200, 80)), 0.2 * Math.PI * 12 * 12);
	}
}
