package org.alsstress.imaging;

import ij.process.FloatProcessor;

/**
 * How far labelled objects stand out of the rest of a channel: the median of the pixels inside the objects minus
 * the median outside, in units of the outside's pixel noise (1.4826 x MAD). Stained nuclei stand many noise units
 * above their surroundings; blobs found in pure noise stand a fraction of one.
 */
public final class ObjectContrast {

	/** Pixels sampled at most (evenly spread), inside and outside together: enough for medians, little memory. */
	static final int SAMPLES = 1 << 18;

	private ObjectContrast() {}

	/** NaN when the objects cover no pixel, or every pixel, or the outside has no spread (e.g. clipped at 0). */
	public static double of(FloatProcessor channel, LabelImage objects) {
		float[] pixels = (float[]) channel.getPixels();
		if (pixels.length != objects.pixels.length) throw new IllegalArgumentException("channel and labels differ in size");
		int step = Math.max(1, (pixels.length + SAMPLES - 1) / SAMPLES);
		int inside = 0, sampled = 0;
		for (int p = 0; p < pixels.length; p += step, sampled++)
			if (objects.pixels[p] != 0) inside++;
		int outside = sampled - inside;
		if (inside == 0 || outside == 0) return Double.NaN;
		float[] in = new float[inside], out = new float[outside];
		int i = 0, o = 0;
		for (int p = 0; p < pixels.length; p += step)
			if (objects.pixels[p] != 0) in[i++] = pixels[p];
			else out[o++] = pixels[p];
		double noise = RobustStatistics.madSigma(out, outside);
		if (!(noise > 0)) return Double.NaN;
		return (RobustStatistics.median(in, inside) - RobustStatistics.median(out, outside)) / noise;
	}
}
