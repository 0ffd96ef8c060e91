package org.alsstress.fiji;

import java.nio.file.Path;
import java.util.Random;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ShortProcessor;

/**
 * Small 3-channel stress-granule fields (nuclei, G3BP1, PABPC1) at 0.13 um per
 * pixel: four cells on a grid, each a nucleus inside a diffuse cytoplasm;
 * with granules, every cell gets eight bright 0.8 um spots in its cytoplasm.
 * Just enough for the example macro and script tests: the stressed field must
 * come out with SG-positive cells and the unstressed one without.
 */
final class SyntheticFields {

	static final double PIXEL_UM = 0.13;
	private static final int SIZE = 480;
	private static final int NUCLEUS_RADIUS = 38;
	private static final int CELL_RADIUS = 100;

	private SyntheticFields() {}

	static Path write(final Path folder, final String name, final boolean granules, final long seed) {
		final Random random = new Random(seed);
		final ShortProcessor nuclei = new ShortProcessor(SIZE, SIZE);
		final ShortProcessor g3bp1 = new ShortProcessor(SIZE, SIZE);
		final ShortProcessor pabpc1 = new ShortProcessor(SIZE, SIZE);
		final float[][] spots = new float[32][];
		int count = 0;
		for (int cy = 120; cy < SIZE; cy += 240) {
			for (int cx = 120; cx < SIZE; cx += 240) {
				for (int i = 0; granules && i < 8; i++) {
					final double angle = random.nextDouble() * 2 * Math.PI;
					final double r = NUCLEUS_RADIUS + 15 + random.nextDouble() * (CELL_RADIUS - NUCLEUS_RADIUS - 30);
					spots[count++] = new float[] { (float) (cx + r * Math.cos(angle)), (float) (cy + r * Math.sin(angle)) };
				}
			}
		}
		for (int y = 0; y < SIZE; y++) {
			for (int x = 0; x < SIZE; x++) {
				final int cx = x < SIZE / 2 ? 120 : 360;
				final int cy = y < SIZE / 2 ? 120 : 360;
				final double d = Math.hypot(x - cx, y - cy);
				double dapi = 100, cyto = 100;
				if (d < NUCLEUS_RADIUS) dapi = 2500;
				if (d < CELL_RADIUS) cyto = d < NUCLEUS_RADIUS ? 250 : 600;
				double spot = 0;
				for (int i = 0; i < count; i++) {
					final double dx = x - spots[i][0], dy = y - spots[i][1];
					spot += 3000 * Math.exp(-(dx * dx + dy * dy) / (2 * 2.5 * 2.5));
				}
				nuclei.set(x, y, noisy(dapi, random));
				g3bp1.set(x, y, noisy(cyto + spot, random));
				pabpc1.set(x, y, noisy(cyto * 0.8 + spot * 0.8, random));
			}
		}
		final ImageStack stack = new ImageStack(SIZE, SIZE);
		stack.addSlice("DAPI", nuclei);
		stack.addSlice("G3BP1", g3bp1);
		stack.addSlice("PABPC1", pabpc1);
		final ImagePlus image = new ImagePlus(name, stack);
		image.setDimensions(3, 1, 1);
		image.getCalibration().pixelWidth = PIXEL_UM;
		image.getCalibration().pixelHeight = PIXEL_UM;
		image.getCalibration().setUnit("micron");
		final Path file = folder.resolve(name + ".tif");
		IJ.saveAsTiff(image, file.toString());
		return file;
	}

	private static int noisy(final double mean, final Random random) {
		return (int) Math.max(0, Math.min(65535, Math.round(mean + random.nextGaussian() * Math.sqrt(mean) * 2)));
	}
}
