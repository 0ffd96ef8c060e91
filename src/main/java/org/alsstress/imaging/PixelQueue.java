package org.alsstress.imaging;

import java.util.Arrays;

/**
 * A priority queue of pixel indices for flooding: priorities are binned into
 * up to {@value #LEVELS} levels between the lowest and highest elevation, first in
 * first out within a level (so a plateau floods evenly from its borders), and
 * a pixel added below the level being flooded joins that level, as in
 * flooding by rising water. Adding and removing cost O(1). Every pixel may be
 * added once, so each level is a linked list of at most as many entries as
 * pixels may be flooded: when they are many, the entries are the pixels
 * themselves (one link per pixel of the image); when few, entries hold their
 * pixel (two ints per pixel that may be flooded).
 */
final class PixelQueue {

	static final int LEVELS = 1 << 16;

	// package-private: SeededWatershed's flood loop works on them directly, as add and poll do
	final float min;
	final double scale;
	final int levels;
	final int[] first;
	final int[] last;
	/** {@code next[e]}: the entry queued after entry e in e's level, or -1. */
	final int[] next;
	/** {@code pixel[e]}: the pixel of entry e; null when the entries are the pixels. */
	final int[] pixel;
	int entries;
	int level;
	int size;

	/**
	 * @param pixels how many pixels may be flooded: small floods get fewer levels (no finer than one per pixel)
	 * @param imageSize the number of pixels of the image (pixel indices lie below it)
	 */
	PixelQueue(float min, float max, int pixels, int imageSize) {
		levels = Math.max(256, Math.min(LEVELS, pixels));
		first = new int[levels];
		last = new int[levels];
		if (2L * pixels < imageSize) {
			next = new int[pixels];
			pixel = new int[pixels];
		}
		else {
			next = new int[imageSize];
			pixel = null;
		}
		this.min = min;
		this.scale = max > min ? (levels - 1) / ((double) max - min) : 0;
		Arrays.fill(first, -1);
	}

	boolean isEmpty() {
		return size == 0;
	}

	/** Queues a pixel that was never queued before (at most {@code pixels} of them). */
	void add(int index, float value) {
		int bin = (int) ((value - min) * scale);
		bin = Math.max(level, Math.min(levels - 1, bin));
		int e = index;
		if (pixel != null) {
			e = entries++;
			pixel[e] = index;
		}
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
		return pixel == null ? e : pixel[e];
	}
}
