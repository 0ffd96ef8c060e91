package org.alsstress.imaging;

/**
 * Marker-controlled watershed by priority flooding: every seed grows into the
 * pixels of the mask in order of increasing elevation (binned into up to
 * 65536 levels between the mask's lowest and highest point), each pixel taking the
 * label of the region that reached it first. Regions meet without a dividing
 * line, so the result tiles the flooded part of the mask. Pixels of the mask
 * that no seed can reach stay 0.
 */
public final class SeededWatershed {

	private SeededWatershed() {}

	/**
	 * @param elevation flooded from low to high (use the negated image to grow bright objects from their maxima)
	 * @param seeds labelled markers; seed pixels outside the mask are ignored
	 * @param mask pixels that may be flooded, or null for the whole image
	 */
	public static LabelImage flood(float[] elevation, LabelImage seeds, boolean[] mask) {
		int width = seeds.width, height = seeds.height;
		int[] labels = new int[elevation.length];
		boolean[] queued = new boolean[elevation.length];
		float low = Float.POSITIVE_INFINITY, high = Float.NEGATIVE_INFINITY;
		int flooded = 0;
		for (int i = 0; i < elevation.length; i++)
			if (mask == null || mask[i]) {
				low = Math.min(low, elevation[i]);
				high = Math.max(high, elevation[i]);
				flooded++;
			}
		if (low > high) return new LabelImage(width, height, labels);
		PixelQueue queue = new PixelQueue(low, high, flooded, labels.length);
		for (int i = 0; i < labels.length; i++) {
			if (seeds.pixels[i] > 0 && (mask == null || mask[i])) {
				labels[i] = seeds.pixels[i];
				queued[i] = true;
			}
		}
		for (int i = 0; i < labels.length; i++)
			if (labels[i] > 0) enqueueNeighbours(i, i % width, width, height, mask, queued, elevation, queue);
		int last = (height - 1) * width;
		// the queue's poll and add written out here: this loop runs once per flooded pixel, and the quick
		// compiler the toolkit runs with does not inline calls this large
		int[] first = queue.first, lastOf = queue.last, next = queue.next, pixel = queue.pixel;
		float min = queue.min;
		double scale = queue.scale;
		int top = queue.levels - 1, level = queue.level, size = queue.size, entries = queue.entries;
		while (size > 0) {
			while (first[level] < 0)
				level++;
			int e = first[level];
			first[level] = next[e];
			size--;
			int p = pixel == null ? e : pixel[e];
			int x = p % width;
			if (labels[p] == 0) {
				// the labelled 4-neighbour lying lowest, the basin the flood came from; of equally low ones the
				// first in the order left, right, up, down
				int from = -1;
				if (x > 0 && labels[p - 1] != 0) from = p - 1;
				if (x < width - 1 && labels[p + 1] != 0 && (from < 0 || elevation[p + 1] < elevation[from])) from = p + 1;
				if (p >= width && labels[p - width] != 0 && (from < 0 || elevation[p - width] < elevation[from]))
					from = p - width;
				if (p < last && labels[p + width] != 0 && (from < 0 || elevation[p + width] < elevation[from]))
					from = p + width;
				labels[p] = from < 0 ? 0 : labels[from];
			}
			// the unqueued 4-neighbours in the mask, in the order up, left, right, down (which settles ties)
			for (int d = 0; d < 4; d++) {
				int n;
				if (d == 0) {
					if (p < width) continue;
					n = p - width;
				}
				else if (d == 1) {
					if (x == 0) continue;
					n = p - 1;
				}
				else if (d == 2) {
					if (x == width - 1) continue;
					n = p + 1;
				}
				else {
					if (p >= last) continue;
					n = p + width;
				}
				if (queued[n] || mask != null && !mask[n]) continue;
				queued[n] = true;
				int bin = (int) ((elevation[n] - min) * scale);
				bin = Math.max(level, Math.min(top, bin));
				int en = n;
				if (pixel != null) {
					en = entries++;
					pixel[en] = n;
				}
				next[en] = -1;
				if (first[bin] < 0) first[bin] = en;
				else next[lastOf[bin]] = en;
				lastOf[bin] = en;
				size++;
			}
		}
		return new LabelImage(width, height, labels);
	}

	/** Queues the unqueued 4-neighbours in the mask, in the order up, left, right, down (which settles ties). */
	private static void enqueueNeighbours(int p, int x, int width, int height, boolean[] mask,
		boolean[] queued, float[] elevation, PixelQueue queue)
	{
		int n = p - width;
		if (p >= width && !queued[n] && (mask == null || mask[n])) {
			queued[n] = true;
			queue.add(n, elevation[n]);
		}
		n = p - 1;
		if (x > 0 && !queued[n] && (mask == null || mask[n])) {
			queued[n] = true;
			queue.add(n, elevation[n]);
		}
		n = p + 1;
		if (x < width - 1 && !queued[n] && (mask == null || mask[n])) {
			queued[n] = true;
			queue.add(n, elevation[n]);
		}
		n = p + width;
		if (p < (height - 1) * width && !queued[n] && (mask == null || mask[n])) {
			queued[n] = true;
			queue.add(n, elevation[n]);
		}
	}
}
