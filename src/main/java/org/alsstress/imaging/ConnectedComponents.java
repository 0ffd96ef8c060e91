package org.alsstress.imaging;

/** Labels the connected regions of a mask (4- or 8-connected), by breadth-first flooding. */
public final class ConnectedComponents {

	private ConnectedComponents() {}

	public static LabelImage label(boolean[] mask, int width, int height, boolean eightConnected) {
		int[] labels = new int[mask.length];
		int[] queue = null;
		int next = 0;
		for (int start = 0; start < mask.length; start++) {
			if (!mask[start] || labels[start] != 0) continue;
			if (queue == null) queue = new int[mask.length];
			next++;
			int head = 0, tail = 0;
			queue[tail++] = start;
			labels[start] = next;
			while (head < tail) {
				int p = queue[head++];
				int y = p / width, x = p - y * width;
				boolean left = x > 0, right = x < width - 1, up = y > 0, down = y < height - 1;
				// the neighbours in raster order, as a loop over dy then dx would visit them
				if (up) {
					int n = p - width;
					if (eightConnected && left) tail = visit(n - 1, next, mask, labels, queue, tail);
					tail = visit(n, next, mask, labels, queue, tail);
					if (eightConnected && right) tail = visit(n + 1, next, mask, labels, queue, tail);
				}
				if (left) tail = visit(p - 1, next, mask, labels, queue, tail);
				if (right) tail = visit(p + 1, next, mask, labels, queue, tail);
				if (down) {
					int n = p + width;
					if (eightConnected && left) tail = visit(n - 1, next, mask, labels, queue, tail);
					tail = visit(n, next, mask, labels, queue, tail);
					if (eightConnected && right) tail = visit(n + 1, next, mask, labels, queue, tail);
				}
			}
		}
		return new LabelImage(width, height, labels);
	}

	private static int visit(int n, int label, boolean[] mask, int[] labels, int[] queue, int tail) {
		if (!mask[n] || labels[n] != 0) return tail;
		labels[n] = label;
		queue[tail] = n;
		return tail + 1;
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
