package org.alsstress.granules;

import static org.junit.Assert.assertTrue;

import java.util.Random;

import ij.process.FloatProcessor;

import org.alsstress.imaging.Filters;
import org.alsstress.imaging.LabelImage;
import org.junit.Test;

/**
 * False granules per cell on cells with no granule: shot noise alone, and shot noise over a textured cytoplasm
 * (a smooth random field, 1.3 um grain, 8 % of the level). The test is built for
 * {@link GranuleDetector#FALSE_ALARMS_PER_CELL} (0.02) expected false granules per cell at sensitivity 1; 36
 * cells may show a few, not many. A 1.5x granule in such a textured cell is found.
 */
public class FalseAlarmTest {

	static final int CELLS = 6, PITCH = 160, SIZE = CELLS * PITCH;

	private final LabelImage cells = new LabelImage(SIZE, SIZE), nuclei = new LabelImage(SIZE, SIZE);
	private final float[] expected = new float[SIZE * SIZE];

	private FieldTexture field(double texture, long seed) {
		Random random = new Random(seed);
		float[] grain = new float[SIZE * SIZE];
		for (int i = 0; i < grain.length; i++)
			grain[i] = (float) random.nextGaussian();
		double sigma = 1.3 / 0.13 / 2;
		grain = (float[]) Filters.gaussian(new FloatProcessor(SIZE, SIZE, grain), sigma).getPixels();
		double norm = 2 * Math.sqrt(Math.PI) * sigma;
		for (int y = 0; y < SIZE; y++)
			for (int x = 0; x < SIZE; x++) {
				int i = y * SIZE + x, cx = x / PITCH, cy = y / PITCH;
				double r = Math.hypot(x + 0.5 - (cx + 0.5) * PITCH, y + 0.5 - (cy + 0.5) * PITCH);
				int id = cy * CELLS + cx + 1;
				cells.pixels[i] = r < 70 ? id : 0;
				nuclei.pixels[i] = r < 25 ? id : 0;
				double diffuse = 400 * (1 + 0.5 * ((id * 7) % 5));
				expected[i] = (float) (r < 70 ? (r < 25 ? 0.4 : 1) * diffuse * (1 + texture * norm * grain[i]) : 100);
			}
		return new FieldTexture(random);
	}

	private final class FieldTexture {
		final Random random;

		FieldTexture(Random random) {
			this.random = random;
		}

		GranuleDetection detect() {
			float[] observed = new float[expected.length];
			for (int i = 0; i < observed.length; i++)
				observed[i] = (float) (expected[i] + Math.sqrt(Math.max(expected[i], 0)) * random.nextGaussian());
			SegmentationSettings settings = new SegmentationSettings();
			settings.pixelSizeUm = 0.13;
			return GranuleDetector.detect(new FloatProcessor(SIZE, SIZE, observed), cells, nuclei, settings);
		}
	}

	@Test
	public void shotNoiseAloneGivesAlmostNoFalseGranule() {
		int found = field(0, 1).detect().granules.size();
		assertTrue(found + " false granules in " + CELLS * CELLS + " cells", found <= 0.1 * CELLS * CELLS);
	}

	@Test
	public void texturedCytoplasmGivesAlmostNoFalseGranule() {
		int found = field(0.08, 2).detect().granules.size();
		assertTrue(found + " false granules in " + CELLS * CELLS + " cells", found <= 0.1 * CELLS * CELLS);
	}

	@Test
	public void aFaintGranuleIsFoundInATexturedCell() {
		FieldTexture f = field(0.08, 3);
		// a 0.6 um granule peaking at 1.5 times the diffuse level, in cell 8 (column 1, row 1), 45 px from its centre
		double gx = 1.5 * PITCH + 45, gy = 1.5 * PITCH, s = 0.6 / 0.13 / 2.3548;
		for (int y = (int) gy - 15; y <= gy + 15; y++)
			for (int x = (int) gx - 15; x <= gx + 15; x++) {
				int i = y * SIZE + x;
				double d2 = (x + 0.5 - gx) * (x + 0.5 - gx) + (y + 0.5 - gy) * (y + 0.5 - gy);
				expected[i] += (float) (0.5 * 400 * (1 + 0.5 * ((8 * 7) % 5)) * Math.exp(-d2 / (2 * s * s)));
			}
		boolean found = false;
		for (Granule g : f.detect().granules)
			found |= g.cellId == 8 && Math.hypot(g.x - gx, g.y - gy) <= 3;
		assertTrue("no granule at (" + gx + ", " + gy + ")", found);
	}
}
