package org.alsstress.imaging;

import java.util.Arrays;

/**
 * A min-heap of pixel indices by priority; among equal priorities, first in
 * first out, so that flooding a plateau grows evenly from its borders.
 */
final class PixelQueue {

	private float[] priority = new float[1024];
	private long[] order = new long[1024];
	private int[] pixel = new int[1024];
	private int size;
	private long counter;

	boolean isEmpty() {
		return size == 0;
	}

	void add(int index, float value) {
		if (size == pixel.length) {
			priority = Arrays.copyOf(priority, size * 2);
			order = Arrays.copyOf(order, size * 2);
			pixel = Arrays.copyOf(pixel, size * 2);
		}
		int i = size++;
		priority[i] = value;
		order[i] = counter++;
		pixel[i] = index;
		while (i > 0) {
			int parent = (i - 1) >> 1;
			if (!less(i, parent)) break;
			swap(i, parent);
			i = parent;
		}
	}

	/** Removes and returns the pixel with the lowest priority. */
	int poll() {
		int top = pixel[0];
		size--;
		if (size > 0) {
			priority[0] = priority[size];
			order[0] = order[size];
			pixel[0] = pixel[size];
			int i = 0;
			while (true) {
				int left = 2 * i + 1, right = left + 1, smallest = i;
				if (left < size && less(left, smallest)) smallest = left;
				if (right < size && less(right, smallest)) smallest = right;
				if (smallest == i) break;
				swap(i, smallest);
				i = smallest;
			}
		}
		return top;
	}

	private boolean less(int a, int b) {
		return priority[a] < priority[b] || priority[a] == priority[b] && order[a] < order[b];
	}

	private void swap(int a, int b) {
		float p = priority[a];
		priority[a] = priority[b];
		priority[b] = p;
		long o = order[a];
		order[a] = order[b];
		order[b] = o;
		int x = pixel[a];
		pixel[a] = pixel[b];
		pixel[b] = x;
	}
}
