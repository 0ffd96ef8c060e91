package org.alsstress.imaging;

/** Labels the connected regions of a mask (4- or 8-connected), by breadth-first flooding. */
public final class ConnectedComponents {

	private ConnectedComponents() {}

	public static LabelImage label(boolean[] mask, int width, int height, boolean eightConnected) {
		int[] labels = new int[mask.length];
		int[] queue = new int[mask.length];
		int next = 0;
		for (int start = 0; start < mask.length; start++) {
			if (!mask[start] || labels[start] != 0) continue;
			next++;
			int head = 0, tail = 0;
			queue[tail++] = start;
			labels[start] = next;
			while (head < tail) {
				int p = queue[head++];
				int x = p % width, y = p / width;
				for (int dy = -1; dy <= 1; dy++)
					for (int dx = -1; dx <= 1; dx++) {
						if (dx == 0 && dy == 0 || !eightConnected && dx != 0 && dy != 0) continue;
						int nx = x + dx, ny = y + dy;
						if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
						int n = ny * width + nx;
						if (mask[n] && labels[n] == 0) {
							labels[n] = next;
							queue[tail++] = n;
						}
					}
			}
		}
		return new LabelImage(width, height, labels);
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
