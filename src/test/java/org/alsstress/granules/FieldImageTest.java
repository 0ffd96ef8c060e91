package org.alsstress.granules;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.granules.sim.SimulatedField;
import org.junit.Test;

public class FieldImageTest {

	@Test
	public void eachChannelIsHandedOutAsAFreshFloatCopyOfItsPlane() {
		ShortProcessor plane = new ShortProcessor(3, 2, new short[] { 0, 1, 2, 1000, (short) 65535, 7 }, null);
		FieldImage field = new FieldImage("f", plane, plane, null, null);
		FloatProcessor first = field.granules();
		assertArrayEquals(new float[] { 0, 1, 2, 1000, 65535, 7 }, (float[]) first.getPixels(), 0);
		first.setf(0, 99);
		assertEquals(0, field.granules().getf(0), 0);
		assertEquals(0, plane.get(0));
		assertFalse(field.hasCells());
		assertNull(field.cells());
		assertFalse(field.hasApoptosis());
		assertNull(field.apoptosis());
	}

	@Test(expected = IllegalArgumentException.class)
	public void channelsOfAnotherSizeAreRefused() {
		new FieldImage("f", new ShortProcessor(4, 4), new ShortProcessor(4, 5), null, null);
	}

	@Test
	public void sixteenBitPlanesAndTheirFloatVersionsGiveTheSameAnalysis() {
		SimulatedField sim = FieldSimulator.simulate(Scenario.ARSENITE, 4, FieldSpec.of(384, 384));
		ImageProcessor[] planes = new ImageProcessor[4];
		ImageProcessor[] floats = new ImageProcessor[4];
		for (int c = 0; c < 4; c++) {
			planes[c] = sim.channel(c + 1);
			floats[c] = planes[c].convertToFloatProcessor();
		}
		assertTrue(planes[1] instanceof ShortProcessor);
		SegmentationSettings settings = new SegmentationSettings();
		settings.pixelSizeUm = sim.spec().pixelUm;
		FieldAnalysis fromShorts = FieldAnalyzer.analyze(new FieldImage("s", planes[0], planes[1], planes[2],
			planes[3]), settings, null, null);
		FieldAnalysis fromFloats = FieldAnalyzer.analyze(new FieldImage("f", floats[0], floats[1], floats[2],
			floats[3]), settings, null, null);
		assertTrue(fromShorts.granules.granules.size() > 5);
		assertEquals(fromFloats.nuclei.labels, fromShorts.nuclei.labels);
		assertEquals(fromFloats.cells, fromShorts.cells);
		assertEquals(fromFloats.granules.labels, fromShorts.granules.labels);
		assertEquals(fromFloats.sgPositiveCells(), fromShorts.sgPositiveCells());
	}
}
