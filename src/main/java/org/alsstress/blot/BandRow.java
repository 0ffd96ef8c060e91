package org.alsstress.blot;

/**
 * A row of the image that holds bands: in every column from {@link #left} to {@link #right} the
 * rows {@link #top(int)} to {@link #bottom(int)} (the half-height extent of the bands there), so
 * that a tilted or smiling row of bands is followed across the blot.
 */
final class BandRow {
	final int left;
	final int right;
	private final int[] tops;
	private final int[] bottoms;
	/** Column strips in which the row shows a band. */
	final int strips;

	BandRow(int left, int[] tops, int[] bottoms, int strips) {
		this.left = left;
		this.right = left + tops.length - 1;
		this.tops = tops;
		this.bottoms = bottoms;
		this.strips = strips;
	}

	int top(int x) {
		return tops[Math.max(0, Math.min(tops.length - 1, x - left))];
	}

	int bottom(int x) {
		return bottoms[Math.max(0, Math.min(bottoms.length - 1, x - left))];
	}

	/** Median height (rows) of the row. */
	int height() {
		int[] h = new int[tops.length];
		for (int i = 0; i < h.length; i++)
			h[i] = bottoms[i] - tops[i] + 1;
		java.util.Arrays.sort(h);
		return h[h.length / 2];
	}

	/** Rows a contrast profile of the row averages: three times its height (see {@link LaneEvidence#contrast}), or the whole height. */
	int ribbonHeight(int imageHeight) {
		return isWhole() ? imageHeight : Math.min(imageHeight, 3 * height());
	}

	/** Median centre row. */
	double centre() {
		double[] c = new double[tops.length];
		for (int i = 0; i < c.length; i++)
			c[i] = 0.5 * (tops[i] + bottoms[i]);
		return Profiles.median(c);
	}

	/** The whole height of an image: the row used when the bands fill the image. */
	static BandRow whole(int width, int height) {
		int[] t = new int[width], b = new int[width];
		java.util.Arrays.fill(b, height - 1);
		return new BandRow(0, t, b, 0);
	}

	/** True for the row that is the whole height of the image. */
	boolean isWhole() {
		return strips == 0;
	}

	@Override
	public String toString() {
		return "band row y~" + Math.round(centre()) + " h=" + height() + " x=" + left + ".." + right + " strips=" + strips;
	}
}
