package org.alsstress.imaging;

import java.awt.Polygon;

import ij.plugin.filter.MaximumFinder;
import ij.process.FloatProcessor;

/**
 * Maxima that stand out by at least a given height (their prominence, or
 * dynamic): the h-maxima of the image, found with ImageJ's MaximumFinder.
 */
public final class RegionalMaxima {

	private RegionalMaxima() {}

	/** One point per maximum with prominence >= h; pixels where {@code mask} is false are never maxima. */
	public static Polygon find(float[] image, int width, int height, double h, boolean[] mask) {
		return find(image, width, height, h, mask, false);
	}

	/**
	 * As {@link #find(float[], int, int, double, boolean[])}, but {@code image} outside the mask is overwritten
	 * (for a scratch image only read inside the mask afterwards: no copy of it is made).
	 */
	public static Polygon findOverwritingOutside(float[] image, int width, int height, double h, boolean[] mask) {
		return find(image, width, height, h, mask, true);
	}

	private static Polygon find(float[] image, int width, int height, double h, boolean[] mask, boolean inPlace) {
		float[] values = image;
		if (mask != null) {
			float low = Float.POSITIVE_INFINITY;
			for (int i = 0; i < image.length; i++)
				if (mask[i]) low = Math.min(low, image[i]);
			if (low == Float.POSITIVE_INFINITY) return new Polygon();
			if (!inPlace) values = image.clone();
			// Outside the mask lies far below everything inside it, so it separates maxima without joining them.
			float floor = low - (float) Math.max(1e3 * Math.max(h, 1), Math.abs(low));
			for (int i = 0; i < values.length; i++)
				if (!mask[i]) values[i] = floor;
		}
		Polygon maxima = new MaximumFinder().getMaxima(new FloatProcessor(width, height, values), h, true, false);
		if (mask == null) return maxima;
		Polygon inside = new Polygon();
		for (int i = 0; i < maxima.npoints; i++)
			if (mask[maxima.ypoints[i] * width + maxima.xpoints[i]]) inside.addPoint(maxima.xpoints[i], maxima.ypoints[i]);
		return inside;
	}

	/** The maxima as a seed image: the i-th maximum gets label i + 1. */
	public static LabelImage seeds(Polygon maxima, int width, int height) {
		LabelImage seeds = new LabelImage(width, height);
		for (int i = 0; i < maxima.npoints; i++)
			seeds.pixels[maxima.ypoints[i] * width + maxima.xpoints[i]] = i + 1;
		return seeds;
	}
}
