package org.alsstress.imaging;

/** Labels the connected regions of a mask (4- or 8-connected), by breadth-first flooding. */
public final class ConnectedComponents {

	private ConnectedComponents() {}

	/**
	 * Regions numbered 1, 2, ... in the raster order of their first pixel. Two passes in memory order: each pixel
	 * takes the provisional label of its already-seen neighbours (left, and the row above), labels found to meet
	 * are joined (union-find), then every pixel gets its region's final number.
	 */
	public static LabelImage label(boolean[] mask, int width, int height, boolean eightConnected) {
		int[] labels = new int[mask.length];
		int[] parent = null;
		int provisional = 0;
		for (int y = 0, row = 0; y < height; y++, row += width)
			for (int x = 0, i = row; x < width; x++, i++) {
				if (!mask[i]) continue;
				int l = x > 0 ? labels[i - 1] : 0;
				if (y > 0) {
					int up = i - width, u = labels[up];
					// most pixels have one labelled neighbour or two with the same label: no union to make
					if (u != 0 && u != l) l = join(parent, l, u);
					if (eightConnected) {
						if (x > 0 && (u = labels[up - 1]) != 0 && u != l) l = join(parent, l, u);
						if (x < width - 1 && (u = labels[up + 1]) != 0 && u != l) l = join(parent, l, u);
					}
				}
				if (l == 0) {
					if (parent == null) parent = new int[Math.max(16, mask.length / 8)];
					else if (provisional + 1 >= parent.length) parent = java.util.Arrays.copyOf(parent, Math.min(
						mask.length + 1, 2 * parent.length));
					l = ++provisional;
					parent[l] = l;
				}
				labels[i] = l;
			}
		if (provisional == 0) return new LabelImage(width, height, labels);
		// final numbers in the order in which the regions' first pixels come
		int[] number = new int[provisional + 1];
		int next = 0;
		for (int i = 0; i < labels.length; i++) {
			int l = labels[i];
			if (l == 0) continue;
			int root = root(parent, l);
			if (number[root] == 0) number[root] = ++next;
			labels[i] = number[root];
		}
		return new LabelImage(width, height, labels);
	}

	/** Joins two provisional labels (0 = none) and returns the root of the union. */
	private static int join(int[] parent, int a, int b) {
		if (b == 0) return a;
		if (a == 0) return root(parent, b);
		int ra = root(parent, a), rb = root(parent, b);
		if (ra == rb) return ra;
		// the smaller label is the root, so roots stay in the order in which labels were made
		if (ra < rb) {
			parent[rb] = ra;
			return ra;
		}
		parent[ra] = rb;
		return rb;
	}

	private static int root(int[] parent, int l) {
		int r = l;
		while (parent[r] != r)
			r = parent[r];
		while (parent[l] != r) { // path compression
			int next = parent[l];
			parent[l] = r;
			l = next;
		}
		return r;
	}

	/** The mask with every background region that does not touch the image border filled. */
	public static boolean[] fillHoles(boolean[] mask, int width, int height) {
		// flood the background 4-connected from the border: what the flood does not reach is a hole
		boolean[] filled = new boolean[mask.length];
		java.util.Arrays.fill(filled, true);
		int[] queue = new int[mask.length];
		int tail = 0;
		for (int x = 0; x < width; x++) {
			tail = reach(x, mask, filled, queue, tail);
			tail = reach((height - 1) * width + x, mask, filled, queue, tail);
		}
		for (int y = 0; y < height; y++) {
			tail = reach(y * width, mask, filled, queue, tail);
			tail = reach(y * width + width - 1, mask, filled, queue, tail);
		}
		for (int head = 0; head < tail; head++) {
			int p = queue[head], x = p % width, y = p / width;
			if (x > 0) tail = reach(p - 1, mask, filled, queue, tail);
			if (x < width - 1) tail = reach(p + 1, mask, filled, queue, tail);
			if (y > 0) tail = reach(p - width, mask, filled, queue, tail);
			if (y < height - 1) tail = reach(p + width, mask, filled, queue, tail);
		}
		return filled;
	}

	/** Marks a background pixel as reached from the border (not filled) and queues it, once. */
	private static int reach(int p, boolean[] mask, boolean[] filled, int[] queue, int tail) {
		if (mask[p] || !filled[p]) return tail;
		filled[p] = false;
		queue[tail] = p;
		return tail + 1;
	}
}
