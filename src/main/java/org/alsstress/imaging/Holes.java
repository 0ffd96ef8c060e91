package org.alsstress.imaging;

/**
 * Holes: background regions that do not reach the image border. Unlike {@link ConnectedComponents#fillHoles},
 * these fill only small holes, or only the holes of a label image that a single object encloses, so that the
 * gap where three touching objects meet stays background.
 */
public final class Holes {

	/** The 4-neighbours in the order left, right, up, down. */
	private static final int[][] STEPS = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };

	private Holes() {}

	/** The mask with every hole of at most {@code maxArea} pixels filled. */
	public static boolean[] fillSmall(boolean[] mask, int width, int height, int maxArea) {
		boolean[] background = new boolean[mask.length];
		for (int i = 0; i < mask.length; i++)
			background[i] = !mask[i];
		LabelImage regions = ConnectedComponents.label(background, width, height, false);
		int[] area = new int[regions.maxLabel() + 1];
		for (int l : regions.pixels)
			area[l]++;
		boolean[] open = LabelBorders.touchingBorder(regions);
		boolean[] filled = mask.clone();
		for (int i = 0; i < mask.length; i++) {
			int l = regions.pixels[i];
			if (l > 0 && !open[l] && area[l] <= maxArea) filled[i] = true;
		}
		return filled;
	}

	/** Fills, in place, every hole that touches (4-connected) only one label with that label. */
	public static void fillEnclosed(LabelImage labels) {
		int width = labels.width, height = labels.height;
		boolean[] background = new boolean[labels.pixels.length];
		for (int i = 0; i < background.length; i++)
			background[i] = labels.pixels[i] == 0;
		LabelImage regions = ConnectedComponents.label(background, width, height, false);
		int n = regions.maxLabel();
		boolean[] open = LabelBorders.touchingBorder(regions);
		// the one label around each hole, or -1 when it meets several
		int[] around = new int[n + 1];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				int i = y * width + x, r = regions.pixels[i];
				if (r == 0 || open[r] || around[r] < 0) continue;
				around[r] = neighbourLabel(labels, x, y, around[r]);
			}
		for (int i = 0; i < labels.pixels.length; i++) {
			int r = regions.pixels[i];
			if (r > 0 && !open[r] && around[r] > 0) labels.pixels[i] = around[r];
		}
	}

	/** Combines the labels of the 4-neighbours with the label seen so far: 0 none yet, -1 several. */
	private static int neighbourLabel(LabelImage labels, int x, int y, int seen) {
		int width = labels.width, height = labels.height;
		for (int[] s : STEPS) {
			int nx = x + s[0], ny = y + s[1];
			if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
			int l = labels.pixels[ny * width + nx];
			if (l == 0) continue;
			if (seen == 0) seen = l;
			else if (seen != l) return -1;
		}
		return seen;
	}
}
