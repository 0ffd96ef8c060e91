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
		boolean[] background = new boolean[mask.length];
		for (int i = 0; i < mask.length; i++)
			background[i] = !mask[i];
		LabelImage regions = label(background, width, height, false);
		boolean[] touches = new boolean[regions.maxLabel() + 1];
		for (int x = 0; x < width; x++) {
			touches[regions.pixels[x]] = true;
			touches[regions.pixels[(height - 1) * width + x]] = true;
		}
		for (int y = 0; y < height; y++) {
			touches[regions.pixels[y * width]] = true;
			touches[regions.pixels[y * width + width - 1]] = true;
		}
		boolean[] filled = mask.clone();
		for (int i = 0; i < mask.length; i++)
			if (!mask[i] && !touches[regions.pixels[i]]) filled[i] = true;
		return filled;
	}
}
