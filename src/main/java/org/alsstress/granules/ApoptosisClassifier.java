package org.alsstress.granules;

import ij.process.FloatProcessor;

import org.alsstress.imaging.LabelImage;
import org.alsstress.imaging.LabelMeasurements;
import org.alsstress.imaging.RobustStatistics;
import org.alsstress.imaging.Thresholds;

/**
 * Apoptotic cells. With an apoptosis channel (cleaved caspase-3, TUNEL): the
 * cell's mean signal against a threshold, either the user's or Otsu's over
 * the cells' means, accepted only when it separates two clearly different
 * populations (otherwise the field is taken as one population and only
 * strong outliers count). Without one: nuclear condensation, a nucleus much
 * smaller and brighter than the field's median nucleus (a flagged fallback).
 */
public final class ApoptosisClassifier {

	/** Otsu's split must put the bright class at least this many times the dim class above background. */
	static final double MIN_CLASS_RATIO = 2;
	/** ... and this many of the dim class's SDs above it. */
	static final double MIN_SEPARATION_SD = 4;
	/** In a single population, a cell this many robust SDs above the median is still apoptotic. */
	static final double OUTLIER_SD = 8;
	/** For the automatic threshold, signals below this fraction of the median cell's count as that fraction. */
	static final double LOW_FLOOR = 0.5;
	/** The automatic threshold lies above this share of the cells. */
	static final double DIM_SHARE = 0.2;
	/** Condensed: nucleus area below this fraction of the median ... */
	static final double CONDENSED_AREA = 0.6;
	/** ... and mean DNA signal above this multiple of the median (both above background). */
	static final double CONDENSED_BRIGHTNESS = 1.5;

	private ApoptosisClassifier() {}

	public static ApoptosisCalls fromChannel(FloatProcessor channel, LabelImage cells, double manualThreshold) {
		float[] pixels = (float[]) channel.getPixels();
		LabelMeasurements m = LabelMeasurements.measure(cells, pixels);
		double background = GranuleDetector.outsideLevel(pixels, cells, cells);
		double[] signal = new double[m.maxLabel + 1];
		java.util.Arrays.fill(signal, Double.NaN);
		int n = 0;
		for (int c = 1; c <= m.maxLabel; c++)
			if (m.exists(c)) {
				signal[c] = m.mean(c) - background;
				n++;
			}
		boolean[] apoptotic = new boolean[m.maxLabel + 1];
		if (manualThreshold > 0) {
			for (int c = 1; c <= m.maxLabel; c++)
				apoptotic[c] = signal[c] + background > manualThreshold;
			return new ApoptosisCalls(apoptotic, withOffset(signal, background), ApoptosisCalls.CHANNEL_MANUAL,
				manualThreshold, "");
		}
		float[] values = new float[n];
		int k = 0;
		for (int c = 1; c <= m.maxLabel; c++)
			if (m.exists(c)) values[k++] = (float) signal[c];
		double threshold = n < 2 ? Double.NaN : gapThreshold(values);
		String note = "";
		if (!separates(values, threshold)) {
			double median = RobustStatistics.median(values, n), sd = RobustStatistics.madSigma(values, n);
			threshold = median + OUTLIER_SD * Math.max(sd, 0.05 * Math.abs(median));
			note = "the cells' apoptosis signal forms one population: only strong outliers were called apoptotic";
		}
		for (int c = 1; c <= m.maxLabel; c++)
			apoptotic[c] = m.exists(c) && signal[c] > threshold;
		return new ApoptosisCalls(apoptotic, withOffset(signal, background), ApoptosisCalls.CHANNEL_AUTO,
			threshold + background, note);
	}

	/**
	 * The middle of the widest gap between the logarithms of the cells' signals, above the dimmest fifth of the
	 * cells: apoptotic cells are several-fold brighter than the others, a ratio the log scale shows as a gap
	 * however many of them there are (Otsu's split moves with the sizes and spreads of the classes, and may
	 * cut through either), and the dimmest cells (slivers at the image border) are not a class of their own.
	 */
	static double gapThreshold(float[] values) {
		int n = values.length;
		double floor = LOW_FLOOR * RobustStatistics.median(values.clone(), n);
		if (!(floor > 0) || n < 2) return Thresholds.otsu(values);
		double[] logs = new double[n];
		for (int i = 0; i < n; i++)
			logs[i] = Math.log(Math.max(values[i], floor));
		java.util.Arrays.sort(logs);
		int first = Math.max(1, (int) Math.ceil(DIM_SHARE * n));
		double widest = -1, threshold = Double.NaN;
		for (int i = first; i < n; i++)
			if (logs[i] - logs[i - 1] > widest) {
				widest = logs[i] - logs[i - 1];
				threshold = Math.exp((logs[i] + logs[i - 1]) / 2);
			}
		return threshold;
	}

	private static double[] withOffset(double[] signal, double background) {
		double[] out = signal.clone();
		for (int i = 0; i < out.length; i++)
			out[i] += background;
		return out;
	}

	private static boolean separates(float[] values, double threshold) {
		if (!Double.isFinite(threshold)) return false;
		double sumLow = 0, sumHigh = 0, sqLow = 0;
		int low = 0, high = 0;
		for (float v : values)
			if (v > threshold) {
				sumHigh += v;
				high++;
			}
			else {
				sumLow += v;
				sqLow += v * v;
				low++;
			}
		if (low < 2 || high == 0) return false;
		double meanLow = sumLow / low, meanHigh = sumHigh / high;
		double sdLow = Math.sqrt(Math.max(0, sqLow / low - meanLow * meanLow));
		return meanHigh > MIN_CLASS_RATIO * Math.max(meanLow, 0) && meanHigh - meanLow > MIN_SEPARATION_SD * sdLow;
	}

	/** The fallback without an apoptosis channel: small, bright (condensed) nuclei. */
	public static ApoptosisCalls fromNuclei(FloatProcessor dna, Nuclei nuclei, LabelImage cells) {
		float[] pixels = (float[]) dna.getPixels();
		LabelMeasurements m = LabelMeasurements.measure(nuclei.labels, pixels);
		double background = GranuleDetector.outsideLevel(pixels, nuclei.labels, nuclei.labels);
		int n = 0;
		float[] areas = new float[m.maxLabel + 1], means = new float[m.maxLabel + 1];
		for (int l = 1; l <= m.maxLabel; l++)
			if (m.exists(l)) {
				areas[n] = m.area[l];
				means[n++] = (float) (m.mean(l) - background);
			}
		double medianArea = RobustStatistics.median(areas, n), medianMean = RobustStatistics.median(means, n);
		boolean[] apoptotic = new boolean[Math.max(m.maxLabel, cells.maxLabel()) + 1];
		double[] signal = new double[apoptotic.length];
		java.util.Arrays.fill(signal, Double.NaN);
		for (int l = 1; l <= m.maxLabel; l++)
			if (m.exists(l)) apoptotic[l] = m.area[l] < CONDENSED_AREA * medianArea && m.mean(l) - background >
				CONDENSED_BRIGHTNESS * medianMean;
		return new ApoptosisCalls(apoptotic, signal, ApoptosisCalls.CONDENSATION, Double.NaN, "");
	}
}
