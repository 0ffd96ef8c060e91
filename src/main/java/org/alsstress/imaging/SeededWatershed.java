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
		while (!queue.isEmpty()) {
			int p = queue.poll();
			int y = p / width, x = p - y * width;
			if (labels[p] == 0) labels[p] = lowestLabelledNeighbour(p, x, y, width, height, labels, elevation);
			enqueueNeighbours(p, x, width, height, mask, queued, elevation, queue);
		}
		return new LabelImage(width, height, labels);
	}

	/** Queues the unqueued 4-neighbours in the mask, in the order up, left, right, down (which settles ties). */
	private static void enqueueNeighbours(int p, int x, int width, int height, boolean[] mask,
		boolean[] queued, float[] elevation, PixelQueue queue)
	{
		if (p >= width) enqueue(p - width, mask, queued, elevation, queue);
		if (x > 0) enqueue(p - 1, mask, queued, elevation, queue);
		if (x < width - 1) enqueue(p + 1, mask, queued, elevation, queue);
		if (p < (height - 1) * width) enqueue(p + width, mask, queued, elevation, queue);
	}

	private static void enqueue(int n, boolean[] mask, boolean[] queued, float[] elevation, PixelQueue queue) {
		if (queued[n] || mask != null && !mask[n]) return;
		queued[n] = true;
		queue.add(n, elevation[n]);
	}

	/** The label of the labelled 4-neighbour lying lowest: the basin the flood came from. */
	private static int lowestLabelledNeighbour(int p, int x, int y, int width, int height, int[] labels,
		float[] elevation)
	{
		int from = -1;
		// in the order left, right, up, down: the first of equally low neighbours wins
		if (x > 0) from = lowerLabelled(p - 1, from, labels, elevation);
		if (x < width - 1) from = lowerLabelled(p + 1, from, labels, elevation);
		if (y > 0) from = lowerLabelled(p - width, from, labels, elevation);
		if (y < height - 1) from = lowerLabelled(p + width, from, labels, elevation);
		return from < 0 ? 0 : labels[from];
	}

	private static int lowerLabelled(int n, int from, int[] labels, float[] elevation) {
		return labels[n] != 0 && (from < 0 || elevation[n] < elevation[from]) ? n : from;
	}
}
