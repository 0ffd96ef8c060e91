package org.alsstress.granules;

import java.awt.Polygon;

import ij.process.FloatProcessor;

import org.alsstress.imaging.BorderSafeBackground;
import org.alsstress.imaging.ConnectedComponents;
import org.alsstress.imaging.DistanceTransform;
import org.alsstress.imaging.Filters;
import org.alsstress.imaging.Holes;
import org.alsstress.imaging.LabelBorders;
import org.alsstress.imaging.LabelImage;
import org.alsstress.imaging.LabelMeasurements;
import org.alsstress.imaging.RegionalMaxima;
import org.alsstress.imaging.RobustStatistics;
import org.alsstress.imaging.SeededWatershed;
import org.alsstress.imaging.Thresholds;

/**
 * Nuclei from the DNA stain: smoothing, rolling-ball background removal (so
 * that uneven illumination does not move the threshold), a low threshold that
 * keeps dim nuclei whole, and touching nuclei split by a watershed from the
 * h-maxima of the distance transform. Each nucleus found so is then cut at half
 * of its own bright level and split again: the dark gap where three or more
 * nuclei meet only opens at that level. Size limits from the expected nucleus
 * diameter.
 */
public final class NucleusSegmenter {

	/** Objects smaller than this fraction of the expected nucleus area are debris (apoptotic nuclei are ~0.15). */
	static final double MIN_AREA_FRACTION = 0.1;
	/** Objects cut by the image border need only this fraction of the expected area... */
	static final double MIN_EDGE_AREA_FRACTION = 0.01;
	/** ...and this many pixels: smaller specks cannot be told from noise. */
	static final int MIN_EDGE_PIXELS = 30;
	/** Objects larger than this multiple of the expected area are not single nuclei (clumps, artefacts). */
	static final double MAX_AREA_FACTOR = 6;
	/** A nucleus's outline lies at this fraction of its own bright level. */
	static final double OWN_LEVEL_FRACTION = 0.5;
	/**
	 * Holes up to this fraction of the expected area are dim chromatin and are filled before the second split;
	 * larger ones are gaps between nuclei, and stay open unless a single nucleus encloses them.
	 */
	static final double PIT_AREA_FRACTION = 0.01;

	private NucleusSegmenter() {}

	public static Nuclei segment(FloatProcessor dna, SegmentationSettings settings) {
		int w = dna.getWidth(), h = dna.getHeight();
		double diameter = settings.px(settings.nucleusDiameterUm);
		FloatProcessor smooth = Filters.gaussian(dna, Math.max(1, diameter / 25));
		FloatProcessor corrected = BorderSafeBackground.subtract(smooth, Math.max(5, diameter));
		float[] signal = (float[]) corrected.getPixels();
		// a nucleus stands at least 1 % above the field's typical level: a blank channel has no nuclei
		double threshold = Math.max(threshold(signal), sampledMedian(signal) + 0.01 * Math.abs(sampledMedian(
			(float[]) smooth.getPixels())));
		boolean[] mask = new boolean[signal.length];
		for (int i = 0; i < mask.length; i++)
			mask[i] = signal[i] > threshold;
		mask = ConnectedComponents.fillHoles(mask, w, h);
		LabelImage coarse = split(mask, w, h, diameter);
		return withSizeLimits(tighten(coarse, signal, (int) Math.round(PIT_AREA_FRACTION * expectedArea(diameter)),
			diameter), diameter);
	}

	/**
	 * Each nucleus cut at half of its own bright level and split again: the low threshold joins touching nuclei
	 * through their blurred rims, and the dark gap where three or more meet only opens at this level. Holes up
	 * to {@code pitArea} (dim chromatin) are filled before the split, larger ones only where one nucleus
	 * encloses them.
	 */
	static LabelImage tighten(LabelImage coarse, float[] signal, int pitArea, double diameter) {
		int w = coarse.width, h = coarse.height;
		LabelImage labels = split(Holes.fillSmall(ownLevelMask(coarse, signal), w, h, pitArea), w, h, diameter);
		Holes.fillEnclosed(labels);
		return labels;
	}

	/**
	 * The pixels of each nucleus above half of its own bright level (95th percentile): the low threshold that
	 * keeps dim nuclei whole also takes in the blurred rim of bright ones.
	 */
	static boolean[] ownLevelMask(LabelImage labels, float[] signal) {
		int max = labels.maxLabel();
		int[] count = new int[max + 1];
		for (int l : labels.pixels)
			if (l > 0) count[l]++;
		float[][] values = new float[max + 1][];
		for (int l = 1; l <= max; l++)
			values[l] = new float[count[l]];
		int[] fill = new int[max + 1];
		for (int i = 0; i < signal.length; i++) {
			int l = labels.pixels[i];
			if (l > 0) values[l][fill[l]++] = signal[i];
		}
		double[] cut = new double[max + 1];
		for (int l = 1; l <= max; l++)
			cut[l] = count[l] == 0 ? 0 : OWN_LEVEL_FRACTION * RobustStatistics.quantileInPlace(values[l], count[l], 0.95);
		boolean[] kept = new boolean[signal.length];
		for (int i = 0; i < signal.length; i++) {
			int l = labels.pixels[i];
			kept[i] = l > 0 && signal[i] >= cut[l];
		}
		return kept;
	}

	/**
	 * The triangle threshold: for a dark field with bright nuclei it sits at the foot of the background peak,
	 * so dim nuclei are kept whole (Otsu's splits bright from dim nuclei instead).
	 */
	static double threshold(float[] signal) {
		return Thresholds.triangle(signal);
	}

	private static double sampledMedian(float[] values) {
		int step = Math.max(1, values.length / 65536);
		float[] sample = new float[(values.length + step - 1) / step];
		int n = 0;
		for (int i = 0; i < values.length; i += step)
			sample[n++] = values[i];
		return RobustStatistics.quantileInPlace(sample, n, 0.5);
	}

	/** Splits a foreground mask into nuclei. */
	static LabelImage split(boolean[] mask, int w, int h, double diameter) {
		float[] distance = DistanceTransform.insideDistance(mask, w, h);
		float[] smoothDistance = (float[]) Filters.gaussianInPlace(new FloatProcessor(w, h, distance), 1).getPixels();
		double hMax = Math.max(1, 0.12 * diameter / 2);
		// the flood reads the elevation inside the mask only
		Polygon peaks = RegionalMaxima.findOverwritingOutside(smoothDistance, w, h, hMax, mask);
		float[] elevation = smoothDistance;
		for (int i = 0; i < elevation.length; i++)
			elevation[i] = -elevation[i];
		LabelImage labels = SeededWatershed.flood(elevation, RegionalMaxima.seeds(peaks, w, h), mask);
		// objects the flood missed (no maximum) are their own nuclei
		if (!missed(mask, labels)) return labels;
		LabelImage unreached = unreached(mask, labels);
		int offset = labels.maxLabel();
		for (int i = 0; i < labels.pixels.length; i++)
			if (unreached.pixels[i] > 0) labels.pixels[i] = offset + unreached.pixels[i];
		return labels;
	}

	private static boolean missed(boolean[] mask, LabelImage labels) {
		for (int i = 0; i < mask.length; i++)
			if (mask[i] && labels.pixels[i] == 0) return true;
		return false;
	}

	private static LabelImage unreached(boolean[] mask, LabelImage labels) {
		boolean[] rest = new boolean[mask.length];
		for (int i = 0; i < rest.length; i++)
			rest[i] = mask[i] && labels.pixels[i] == 0;
		return ConnectedComponents.label(rest, labels.width, labels.height, false);
	}

	private static double expectedArea(double diameter) {
		return Math.PI * diameter * diameter / 4;
	}

	/** Removes, in place, objects outside the size limits, numbers the rest 1..n and flags those on the border. */
	static Nuclei withSizeLimits(LabelImage labels, double diameter) {
		double expected = expectedArea(diameter);
		LabelMeasurements m = LabelMeasurements.measure(labels, null);
		boolean[] cut = LabelBorders.touchingBorder(labels);
		int[] map = new int[m.maxLabel + 1];
		for (int l = 1; l <= m.maxLabel; l++) {
			double min = l < cut.length && cut[l] ? Math.max(MIN_EDGE_PIXELS, MIN_EDGE_AREA_FRACTION * expected)
				: MIN_AREA_FRACTION * expected;
			map[l] = m.area[l] >= min && m.area[l] <= MAX_AREA_FACTOR * expected ? l : 0;
		}
		LabelImage kept = labels;
		kept.remap(map);
		int count = kept.relabelSequentially();
		boolean[] touching = LabelBorders.touchingBorder(kept);
		boolean[] edge = new boolean[count + 1];
		System.arraycopy(touching, 0, edge, 0, Math.min(touching.length, edge.length));
		return new Nuclei(kept, count, edge);
	}

	/** Nuclei from a label image made elsewhere (StarDist, Cellpose): renumbered 1..n, size limits not applied. */
	public static Nuclei fromLabels(LabelImage imported) {
		LabelImage labels = imported.copy();
		int count = labels.relabelSequentially();
		boolean[] touching = LabelBorders.touchingBorder(labels);
		boolean[] edge = new boolean[count + 1];
		System.arraycopy(touching, 0, edge, 0, Math.min(touching.length, edge.length));
		return new Nuclei(labels, count, edge);
	}
}
