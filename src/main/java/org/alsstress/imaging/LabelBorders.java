package org.alsstress.imaging;

/** Objects cut by the image border. */
public final class LabelBorders {

	private LabelBorders() {}

	/** {@code touching[label]} is true for labels with a pixel in the outermost row or column. */
	public static boolean[] touchingBorder(LabelImage labels) {
		boolean[] touching = new boolean[labels.maxLabel() + 1];
		int w = labels.width, h = labels.height;
		for (int x = 0; x < w; x++) {
			touching[labels.pixels[x]] = true;
			touching[labels.pixels[(h - 1) * w + x]] = true;
		}
		for (int y = 0; y < h; y++) {
			touching[labels.pixels[y * w]] = true;
			touching[labels.pixels[y * w + w - 1]] = true;
		}
		touching[0] = false;
		return touching;
	}

	/** A copy without the objects touching the border. */
	public static LabelImage removeTouchingBorder(LabelImage labels) {
		boolean[] touching = touchingBorder(labels);
		LabelImage out = labels.copy();
		for (int i = 0; i < out.pixels.length; i++)
			if (touching[out.pixels[i]]) out.pixels[i] = 0;
		return out;
	}

	/** {@code outline[i]} is true for object pixels with a 4-neighbour of another label (or the background). */
	public static boolean[] outlines(LabelImage labels) {
		int w = labels.width, h = labels.height;
		boolean[] outline = new boolean[labels.pixels.length];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				int i = y * w + x, l = labels.pixels[i];
				if (l == 0) continue;
				outline[i] = x == 0 || y == 0 || x == w - 1 || y == h - 1 || labels.pixels[i - 1] != l ||
					labels.pixels[i + 1] != l || labels.pixels[i - w] != l || labels.pixels[i + w] != l;
			}
		return outline;
	}
}
