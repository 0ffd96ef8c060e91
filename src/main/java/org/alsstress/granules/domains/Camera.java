package org.alsstress.granules.domains;

import static org.alsstress.granules.domains.Draw.uniform;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * The detector: photons in, integers out, in 8-bit, 12-bit (in a 16-bit container) or 16-bit data.
 * <ul>
 * <li>sCMOS: value = offset(i) + gain(i) * scale * (Poisson photons + read noise(i) * N), with per-pixel
 * offset, gain and read-noise maps and a few very noisy pixels.</li>
 * <li>EMCCD: Poisson photo-electrons (plus clock-induced charge) multiplied by a gamma-distributed
 * electron-multiplying gain (excess noise factor sqrt 2), output read noise, offset.</li>
 * <li>Confocal PMT: Poisson photons plus dark counts, each photon's pulse gamma-distributed (shape k,
 * excess noise factor sqrt(1 + 1/k)), a gain and an offset that wander from scan line to scan line.</li>
 * </ul>
 * The maps belong to the sensor and are shared by all channels; the scale (ADU per photon) is set per
 * channel, as an exposure or detector gain would be, so that the brightest signal fills the chosen share
 * of the range.
 */
public final class Camera {
	public final NoiseModel model;
	public final int bitDepth;
	/** Largest value the data can hold (255, 4095 or 65535). */
	public final int max;
	private final int w, h;
	private final double offset;
	private final double fill;
	/** sCMOS maps (null for the other detectors); package-private for the noise tests. */
	final float[] offsetMap, gainMap, readNoiseMap;
	final double emGain, emReadNoise, clockCharge;
	final double pulseShape, darkCounts, lineGainSd, lineOffsetSd;
	/** ADU per photon a camera of this kind would give at 16 bits before the range check. */
	private final double nativeScale;

	Camera(FieldRecipe f, SplittableRandom r) {
		model = f.noise;
		bitDepth = f.bitDepth;
		max = bitDepth == 8 ? 255 : bitDepth == 12 ? 4095 : 65535;
		w = f.width;
		h = f.height;
		fill = f.fillFraction;
		boolean camera = model != NoiseModel.CONFOCAL_PMT;
		offset = !camera ? uniform(r, -2, 8) : bitDepth == 8 ? uniform(r, 1, 10) : bitDepth == 12 ? uniform(r, 50, 110)
			: model == NoiseModel.EMCCD ? uniform(r, 100, 500) : uniform(r, 90, 110);
		if (model == NoiseModel.SCMOS) {
			double offsetSd = bitDepth == 8 ? uniform(r, 0.1, 0.5) : uniform(r, 0.5, 3);
			double gainSd = uniform(r, 0.005, 0.03), readNoise = uniform(r, 0.9, 1.8);
			offsetMap = new float[w * h];
			gainMap = new float[w * h];
			readNoiseMap = new float[w * h];
			for (int i = 0; i < w * h; i++) {
				offsetMap[i] = (float) (offset + offsetSd * Draw.normal(r));
				gainMap[i] = (float) (1 + gainSd * Draw.normal(r));
				double rn = readNoise * Math.exp(0.35 * Draw.normal(r));
				if (r.nextDouble() < 0.002) rn *= uniform(r, 4, 10);
				readNoiseMap[i] = (float) rn;
			}
		}
		else {
			offsetMap = gainMap = readNoiseMap = null;
		}
		emGain = model == NoiseModel.EMCCD ? uniform(r, 100, 300) : 1;
		emReadNoise = model == NoiseModel.EMCCD ? uniform(r, 20, 60) : 0;
		clockCharge = model == NoiseModel.EMCCD ? uniform(r, 0.002, 0.01) : 0;
		pulseShape = model == NoiseModel.CONFOCAL_PMT ? uniform(r, 2, 6) : 1;
		darkCounts = model == NoiseModel.CONFOCAL_PMT ? uniform(r, 0.005, 0.05) : 0;
		lineGainSd = model == NoiseModel.CONFOCAL_PMT ? uniform(r, 0.005, 0.04) : 0;
		lineOffsetSd = model == NoiseModel.CONFOCAL_PMT ? uniform(r, 0, 0.5) : 0;
		nativeScale = model == NoiseModel.SCMOS ? uniform(r, 0.5, 2.2) : model == NoiseModel.EMCCD ? emGain / uniform(r,
			8, 20) : 0;
	}

	/** ADU per photon for a channel with these expected photon counts. */
	public double scaleFor(float[] photons) {
		return scaleFor(percentile(photons, 0.999));
	}

	/** ADU per photon for a channel whose brightest structure of interest has this many photons. */
	public double scaleFor(double top) {
		double fits = fill * (max - Math.max(0, offset)) / Math.max(top, 1e-6);
		if (bitDepth == 16 && nativeScale > 0) return Math.min(nativeScale, 0.8 * (max - offset) / Math.max(top, 1e-6));
		return fits;
	}

	/** The noise-free value of a pixel with this many expected photons (before rounding and clipping). */
	public double expected(double photons, int pixel, double scale) {
		if (model == NoiseModel.SCMOS) return offsetMap[pixel] + gainMap[pixel] * scale * photons;
		return offset + scale * (photons + darkCounts);
	}

	public double offset() {
		return offset;
	}

	/** Excess noise factor of the gain stage: 1 for sCMOS, sqrt 2 for EMCCD, sqrt(1 + 1/k) for a PMT. */
	public double excessNoiseFactor() {
		return model == NoiseModel.EMCCD ? Math.sqrt(2) : model == NoiseModel.CONFOCAL_PMT ? Math.sqrt(1 + 1 /
			pulseShape) : 1;
	}

	/** One channel recorded: a noisy, rounded, clipped image. Row by row in parallel, reproducible. */
	public ImageProcessor record(float[] photons, double scale, long seed) {
		SplittableRandom base = new SplittableRandom(seed);
		long[] rowSeeds = new long[h];
		for (int y = 0; y < h; y++)
			rowSeeds[y] = base.nextLong();
		int[] values = new int[w * h];
		IntStream.range(0, h).parallel().forEach(y -> {
			SplittableRandom r = new SplittableRandom(rowSeeds[y]);
			double lineGain = 1 + lineGainSd * Draw.normal(r), lineOffset = lineOffsetSd * Draw.normal(r);
			for (int i = y * w; i < (y + 1) * w; i++)
				values[i] = clip(Math.round(value(photons[i], i, scale, lineGain, lineOffset, r)));
		});
		if (bitDepth == 8) {
			byte[] b = new byte[w * h];
			for (int i = 0; i < b.length; i++)
				b[i] = (byte) values[i];
			return new ByteProcessor(w, h, b);
		}
		short[] s = new short[w * h];
		for (int i = 0; i < s.length; i++)
			s[i] = (short) values[i];
		ShortProcessor sp = new ShortProcessor(w, h, s, null);
		if (bitDepth == 12) sp.setMinAndMax(0, 4095);
		return sp;
	}

	private double value(double lambda, int i, double scale, double lineGain, double lineOffset, SplittableRandom r) {
		switch (model) {
			case SCMOS:
				return offsetMap[i] + gainMap[i] * scale * (Draw.poisson(r, lambda) + readNoiseMap[i] * Draw.normal(r));
			case EMCCD: {
				int electrons = Draw.poisson(r, lambda) + (r.nextDouble() < clockCharge ? 1 : 0);
				double amplified = electrons == 0 ? 0 : Draw.gamma(r, electrons) * emGain;
				return offset + scale * (amplified + emReadNoise * Draw.normal(r)) / emGain;
			}
			default: {
				int counts = Draw.poisson(r, lambda + darkCounts);
				double pulses = counts == 0 ? 0 : Draw.gamma(r, counts * pulseShape) / pulseShape;
				return offset + scale * (lineGain * pulses + lineOffset);
			}
		}
	}

	private int clip(long v) {
		return (int) Math.max(0, Math.min(max, v));
	}

	static double percentile(float[] values, double p) {
		int step = Math.max(1, values.length / 100_000);
		float[] sample = new float[(values.length + step - 1) / step];
		for (int i = 0, k = 0; i < values.length; i += step, k++)
			sample[k] = values[i];
		Arrays.sort(sample);
		return sample[Math.min(sample.length - 1, (int) (p * sample.length))];
	}
}
