package org.alsstress.granules;

import java.awt.Polygon;

import ij.process.FloatProcessor;

import org.alsstress.imaging.ConnectedComponents;
import org.alsstress.imaging.DistanceTransform;
import org.alsstress.imaging.Filters;
import org.alsstress.imaging.LabelBorders;
import org.alsstress.imaging.LabelImage;
import org.alsstress.imaging.LabelMeasurements;
import org.alsstress.imaging.RegionalMaxima;
import org.alsstress.imaging.RobustStatistics;
import org.alsstress.imaging.SeededWatershed;
import org.alsstress.imaging.Thresholds;

/**
 * Nuclei from the DNA stain: smoothing, rolling-ball background removal (so
 * that uneven illumination does not move the threshold), Otsu's threshold,
 * holes filled, touching nuclei split by a watershed from the h-maxima of the
 * distance transform, and size limits from the expected nucleus diameter.
 */
public final class NucleusSegmenter {

	/** Objects smaller than this fraction of the expected nucleus area are debris. */
	static final double MIN_AREA_FRACTION = 0.15;
	/** Objects larger than this multiple of the expected area are not single nuclei (clumps, artefacts). */
	static final double MAX_AREA_FACTOR = 6;
	/** A nucleus's outline lies at this fraction of its own bright level. */
	static final double OWN_LEVEL_FRACTION = 0.5;

	private NucleusSegmenter() {}

	public static Nuclei segment(FloatProcessor dna, SegmentationSettings settings) {
		int w = dna.getWidth(), h = dna.getHeight();
		double diameter = settings.px(settings.nucleusDiameterUm);
		FloatProcessor smooth = Filters.gaussian(dna, Math.max(1, diameter / 25));
		FloatProcessor corrected = Filters.subtractBackground(smooth, Math.max(5, diameter));
		float[] signal = (float[]) corrected.getPixels();
		// a nucleus stands at least 1 % above the field's typical level: a blank channel has no nuclei
		double threshold = Math.max(threshold(signal), sampledMedian(signal) + 0.01 * Math.abs(sampledMedian(
			(float[]) smooth.getPixels())));
		boolean[] mask = new boolean[signal.length];
		for (int i = 0; i < mask.length; i++)
			mask[i] = signal[i] > threshold;
		mask = ConnectedComponents.fillHoles(mask, w, h);
		Nuclei found = split(mask, w, h, diameter);
		return withSizeLimits(tighten(found.labels, signal), diameter);
	}

	/**
	 * The low threshold that keeps dim nuclei whole also takes in the blurred rim of bright ones; each nucleus
	 * keeps only its pixels above half of its own bright level (95th percentile), holes filled.
	 */
	static LabelImage tighten(LabelImage labels, float[] signal) {
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
		LabelImage tight = labels.copy();
		boolean[] kept = new boolean[signal.length];
		for (int i = 0; i < signal.length; i++) {
			int l = labels.pixels[i];
			kept[i] = l > 0 && signal[i] >= cut[l];
		}
		boolean[] filled = ConnectedComponents.fillHoles(kept, labels.width, labels.height);
		for (int i = 0; i < signal.length; i++)
			if (!filled[i]) tight.pixels[i] = 0;
		return tight;
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

	/** Splits a foreground mask into nuclei and applies the size limits. */
	static Nuclei split(boolean[] mask, int w, int h, double diameter) {
		float[] distance = DistanceTransform.insideDistance(mask, w, h);
		float[] smoothDistance = (float[]) Filters.gaussian(new FloatProcessor(w, h, distance), 1).getPixels();
		double hMax = Math.max(1, 0.12 * diameter / 2);
		Polygon peaks = RegionalMaxima.find(smoothDistance, w, h, hMax, mask);
		float[] elevation = new float[distance.length];
		for (int i = 0; i < elevation.length; i++)
			elevation[i] = -smoothDistance[i];
		LabelImage labels = SeededWatershed.flood(elevation, RegionalMaxima.seeds(peaks, w, h), mask);
		// objects the flood missed (no maximum) are their own nuclei
		LabelImage unreached = unreached(mask, labels);
		int offset = labels.maxLabel();
		for (int i = 0; i < labels.pixels.length; i++)
			if (unreached.pixels[i] > 0) labels.pixels[i] = offset + unreached.pixels[i];
		return withSizeLimits(labels, diameter);
	}

	private static LabelImage unreached(boolean[] mask, LabelImage labels) {
		boolean[] rest = new boolean[mask.length];
		for (int i = 0; i < rest.length; i++)
			rest[i] = mask[i] && labels.pixels[i] == 0;
		return ConnectedComponents.label(rest, labels.width, labels.height, false);
	}

	/** Removes objects outside the size limits, numbers the rest 1..n and flags those on the border. */
	static Nuclei withSizeLimits(LabelImage labels, double diameter) {
		double expected = Math.PI * diameter * diameter / 4;
		LabelMeasurements m = LabelMeasurements.measure(labels, null);
		int[] map = new int[m.maxLabel + 1];
		for (int l = 1; l <= m.maxLabel; l++)
			map[l] = m.area[l] >= MIN_AREA_FRACTION * expected && m.area[l] <= MAX_AREA_FACTOR * expected ? l : 0;
		LabelImage kept = labels.copy();
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
