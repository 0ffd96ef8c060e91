package org.alsstress.imaging;

import java.util.Arrays;

/**
 * A priority queue of pixel indices for flooding: priorities are binned into
 * up to {@value #LEVELS} levels between the lowest and highest elevation, first in
 * first out within a level (so a plateau floods evenly from its borders), and
 * a pixel added below the level being flooded joins that level, as in
 * flooding by rising water. Adding and removing cost O(1). Every pixel may be
 * added once: each level is a list linked through one int per pixel of the image.
 */
final class PixelQueue {

	static final int LEVELS = 1 << 16;

	private final float min;
	private final double scale;
	private final int levels;
	private final int[] first;
	private final int[] last;
	/** {@code next[p]}: the pixel queued after p in p's level, or -1. */
	private final int[] next;
	private int level;
	private int size;

	/**
	 * @param pixels how many pixels may be flooded: small floods get fewer levels (no finer than one per pixel)
	 * @param imageSize the number of pixels of the image (pixel indices lie below it)
	 */
	PixelQueue(float min, float max, int pixels, int imageSize) {
		levels = Math.max(256, Math.min(LEVELS, pixels));
		first = new int[levels];
		last = new int[levels];
		next = new int[imageSize];
		this.min = min;
		this.scale = max > min ? (levels - 1) / ((double) max - min) : 0;
		Arrays.fill(first, -1);
	}

	boolean isEmpty() {
		return size == 0;
	}

	/** Queues a pixel that was never queued before. */
	void add(int index, float value) {
		int bin = (int) ((value - min) * scale);
		bin = Math.max(level, Math.min(levels - 1, bin));
		next[index] = -1;
		if (first[bin] < 0) first[bin] = index;
		else next[last[bin]] = index;
		last[bin] = index;
		size++;
	}

	/** Removes and returns the oldest pixel of the lowest level. */
	int poll() {
		while (first[level] < 0)
			level++;
		int p = first[level];
		first[level] = next[p];
		size--;
		return p;
	}
}
