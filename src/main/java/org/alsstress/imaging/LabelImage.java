package org.alsstress.imaging;

import java.util.Arrays;

import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * An integer label image: 0 is background, every object has its own positive
 * value. Labels need not be consecutive; {@link #maxLabel()} bounds them.
 */
public final class LabelImage {

	public final int width;
	public final int height;
	public final int[] pixels;

	public LabelImage(int width, int height) {
		this(width, height, new int[width * height]);
	}

	public LabelImage(int width, int height, int[] pixels) {
		if (pixels.length != width * height) throw new IllegalArgumentException("pixels do not fit " +
			width + " x " + height);
		this.width = width;
		this.height = height;
		this.pixels = pixels;
	}

	/** Reads the labels of an integer image (8-, 16- or 32-bit holding whole numbers). */
	public static LabelImage of(ImageProcessor ip) {
		int[] labels = new int[ip.getWidth() * ip.getHeight()];
		for (int i = 0; i < labels.length; i++)
			labels[i] = Math.round(ip.getf(i));
		return new LabelImage(ip.getWidth(), ip.getHeight(), labels);
	}

	public int get(int x, int y) {
		return pixels[y * width + x];
	}

	public int maxLabel() {
		int max = 0;
		for (int v : pixels)
			if (v > max) max = v;
		return max;
	}

	/** Number of distinct positive labels. */
	public int count() {
		boolean[] seen = new boolean[maxLabel() + 1];
		int n = 0;
		for (int v : pixels)
			if (v > 0 && !seen[v]) {
				seen[v] = true;
				n++;
			}
		return n;
	}

	public LabelImage copy() {
		return new LabelImage(width, height, pixels.clone());
	}

	/** Renumbers the labels 1..n in order of first appearance (raster order); returns the count. */
	public int relabelSequentially() {
		int[] map = new int[maxLabel() + 1];
		int next = 0;
		for (int i = 0; i < pixels.length; i++) {
			int v = pixels[i];
			if (v <= 0) continue;
			if (map[v] == 0) map[v] = ++next;
			pixels[i] = map[v];
		}
		return next;
	}

	/** Applies {@code map[old] = new} to every pixel (0 removes the object). */
	public void remap(int[] map) {
		for (int i = 0; i < pixels.length; i++)
			if (pixels[i] > 0) pixels[i] = pixels[i] < map.length ? map[pixels[i]] : 0;
	}

	/** Foreground as a mask. */
	public boolean[] mask() {
		boolean[] mask = new boolean[pixels.length];
		for (int i = 0; i < mask.length; i++)
			mask[i] = pixels[i] > 0;
		return mask;
	}

	/** A 16-bit image of the labels (labels above 65535 cannot be stored). */
	public ShortProcessor toShortProcessor() {
		short[] values = new short[pixels.length];
		for (int i = 0; i < values.length; i++) {
			if (pixels[i] > 65535) throw new IllegalStateException("label " + pixels[i] +
				" does not fit a 16-bit image");
			values[i] = (short) pixels[i];
		}
		return new ShortProcessor(width, height, values, null);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LabelImage && ((LabelImage) o).width == width && Arrays.equals(
			((LabelImage) o).pixels, pixels);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(pixels);
	}
}
