package org.alsstress.granules.validation;

import static org.junit.Assert.assertEquals;

import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.junit.Test;

public class LabelMatcherTest {

	@Test
	public void identicalObjectsWithOtherLabelValuesMatchPerfectly() {
		ShortProcessor truth = new ShortProcessor(40, 40), predicted = new ShortProcessor(40, 40);
		fill(truth, 0, 0, 10, 10, 1);
		fill(truth, 20, 20, 10, 10, 2);
		fill(predicted, 0, 0, 10, 10, 300);
		fill(predicted, 20, 20, 10, 10, 7);
		LabelMatching m = LabelMatcher.match(truth, predicted);
		assertEquals(2, m.truePositives());
		assertEquals(1.0, m.f1(), 0);
		assertEquals(300, m.predictedFor(1));
		assertEquals(7, m.predictedFor(2));
		assertEquals(1.0, m.meanIoU(), 0);
	}

	@Test
	public void aSplitObjectMatchesOnlyOneHalf() {
		ShortProcessor truth = new ShortProcessor(20, 20), predicted = new ShortProcessor(20, 20);
		fill(truth, 0, 0, 10, 10, 1);
		fill(predicted, 0, 0, 10, 5, 1);
		fill(predicted, 0, 5, 10, 5, 2);
		LabelMatching m = LabelMatcher.match(truth, predicted);
		// each half has IoU 50/100 = 0.5 exactly
		assertEquals(1, m.truePositives());
		assertEquals(1, m.falsePositives());
		assertEquals(0, m.falseNegatives());
		assertEquals(0.5, m.pairs().get(0).iou, 1e-12);
		assertEquals(2 / 3.0, m.f1(), 1e-12);
	}

	@Test
	public void twoMergedObjectsMatchOnce() {
		ShortProcessor truth = new ShortProcessor(20, 20), predicted = new ShortProcessor(20, 20);
		fill(truth, 0, 0, 5, 10, 1);
		fill(truth, 5, 0, 6, 10, 2);
		fill(predicted, 0, 0, 11, 10, 1);
		LabelMatching m = LabelMatcher.match(truth, predicted);
		assertEquals(1, m.truePositives());
		assertEquals("the larger part, IoU 60/110", 1, m.predictedFor(2));
		assertEquals("50/110 is too little", 0, m.predictedFor(1));
		assertEquals(1, m.falseNegatives());
		assertEquals(60 / 110.0, m.pairs().get(0).iou, 1e-12);
	}

	@Test
	public void aShiftBelowHalfOverlapIsAMissAndAFalseObject() {
		ImageProcessor truth = new ShortProcessor(30, 30);
		FloatProcessor predicted = new FloatProcessor(30, 30);
		fill(truth, 5, 5, 10, 10, 4);
		fill(predicted, 9, 5, 10, 10, 9);
		// overlap 6 x 10 = 60, union 140: IoU 0.43
		LabelMatching m = LabelMatcher.match(truth, predicted);
		assertEquals(0, m.truePositives());
		assertEquals(1, m.falsePositives());
		assertEquals(1, m.falseNegatives());
		assertEquals(1, LabelMatcher.match(truth, predicted, 0.4).truePositives());
	}

	private static void fill(ImageProcessor ip, int x, int y, int w, int h, int label) {
		for (int j = y; j < y + h; j++)
			for (int i = x; i < x + w; i++)
				ip.setf(i, j, label);
	}
}
