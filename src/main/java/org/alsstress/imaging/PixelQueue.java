package org.alsstress.imaging;

import java.util.Arrays;

/**
 * A priority queue of pixel indices for flooding: priorities are binned into
 * up to {@value #LEVELS} levels between the lowest and highest elevation, first in
 * first out within a level (so a plateau floods evenly from its borders), and
 * a pixel added below the level being flooded joins that level, as in
 * flooding by rising water. Adding and removing cost O(1).
 */
final class PixelQueue {

	static final int LEVELS = 1 << 16;

	private final float min;
	private final double scale;
	private final int levels;
	private final int[] first;
	private final int[] last;
	private int[] next = new int[1024];
	private int[] pixel = new int[1024];
	private int entries;
	private int level;
	private int size;

	/** @param pixels how many pixels may be flooded: small floods get fewer levels (no finer than one per pixel) */
	PixelQueue(float min, float max, int pixels) {
		levels = Math.max(256, Math.min(LEVELS, pixels));
		first = new int[levels];
		last = new int[levels];
		this.min = min;
		this.scale = max > min ? (levels - 1) / ((double) max - min) : 0;
		Arrays.fill(first, -1);
	}

	boolean isEmpty() {
		return size == 0;
	}

	void add(int index, float value) {
		int bin = (int) ((value - min) * scale);
		bin = Math.max(level, Math.min(levels - 1, bin));
		if (entries == pixel.length) {
			pixel = Arrays.copyOf(pixel, entries * 2);
			next = Arrays.copyOf(next, entries * 2);
		}
		int e = entries++;
		pixel[e] = index;
		next[e] = -1;
		if (first[bin] < 0) first[bin] = e;
		else next[last[bin]] = e;
		last[bin] = e;
		size++;
	}

	/** Removes and returns the oldest pixel of the lowest level. */
	int poll() {
		while (first[level] < 0)
			level++;
		int e = first[level];
		first[level] = next[e];
		size--;
		return pixel[e];
	}
}
