package org.alsstress.blot;

import ij.gui.Roi;
import ij.process.FloatPolygon;
import ij.process.ImageProcessor;

import java.awt.Rectangle;
import java.util.Arrays;

import org.alsstress.model.UserInputException;

/**
 * A lane drawn as a polygon (or any area ROI other than a rectangle), so that it follows a tilted
 * or curved lane: in each row the lane is the run of columns from the first to the last pixel inside
 * the outline, as ImageJ's mask of the ROI has them. Rows above or below the outline take the run of
 * its first or last row, so a band is never cut off by a lane drawn a little short.
 */
public final class LaneShape {
	private final int firstRow;
	private final int[] lefts;
	private final int[] rights;
	/** The lane's nominal width: the median run length of the outline's rows. */
	private final int width;
	private final FloatPolygon outline;

	private LaneShape(int firstRow, int[] lefts, int[] rights, int width, FloatPolygon outline) {
		this.firstRow = firstRow;
		this.lefts = lefts;
		this.rights = rights;
		this.width = width;
		this.outline = outline;
	}

	/** The shape of an area ROI, in image coordinates. */
	public static LaneShape of(Roi roi) {
		Rectangle b = roi.getBounds();
		ImageProcessor mask = roi.getMask();
		int[] lefts = new int[b.height], rights = new int[b.height];
		Arrays.fill(lefts, -1);
		boolean any = false;
		for (int r = 0; r < b.height; r++)
			for (int x = 0; x < b.width; x++)
				if (mask == null || mask.get(x, r) != 0) {
					if (lefts[r] < 0) lefts[r] = b.x + x;
					rights[r] = b.x + x;
					any = true;
				}
		if (!any) throw new UserInputException("The lane ROI '" + roi.getName() + "' covers no pixel: draw each lane "
			+ "as a rectangle or polygon around the lane.");
		fillEmptyRows(lefts, rights);
		int[] runs = new int[b.height];
		for (int r = 0; r < b.height; r++)
			runs[r] = rights[r] - lefts[r] + 1;
		Arrays.sort(runs);
		return new LaneShape(b.y, lefts, rights, runs[runs.length / 2], roi.getFloatPolygon());
	}

	/** Rows of the bounds without a pixel inside (thin spikes of a polygon) take the run of the row above or below. */
	private static void fillEmptyRows(int[] lefts, int[] rights) {
		for (int pass = 0; pass < 2; pass++)
			for (int i = 0; i < lefts.length; i++) {
				int r = pass == 0 ? i : lefts.length - 1 - i;
				int neighbour = pass == 0 ? r - 1 : r + 1;
				if (lefts[r] < 0 && neighbour >= 0 && neighbour < lefts.length && lefts[neighbour] >= 0) {
					lefts[r] = lefts[neighbour];
					rights[r] = rights[neighbour];
				}
			}
	}

	private int row(int y) {
		return Math.max(0, Math.min(lefts.length - 1, y - firstRow));
	}

	public int left(int y) {
		return lefts[row(y)];
	}

	public int right(int y) {
		return rights[row(y)];
	}

	public int width() {
		return width;
	}

	int minLeft() {
		return Arrays.stream(lefts).min().getAsInt();
	}

	int maxRight() {
		return Arrays.stream(rights).max().getAsInt();
	}

	/** The outline as drawn, in image coordinates. */
	public FloatPolygon outline() {
		return outline.duplicate();
	}

	/**
	 * A lane over the full height that leans: in row y it runs from {@code left + shear * y} to
	 * {@code right + shear * y} (columns, right exclusive), cut at the image's edges.
	 */
	static LaneShape leaning(double left, double right, double shear, int height, int imageWidth) {
		int[] l = new int[height], r = new int[height];
		for (int y = 0; y < height; y++) {
			l[y] = (int) Math.max(0, Math.min(imageWidth - 1, Math.round(left + shear * (y + 0.5))));
			r[y] = (int) Math.max(l[y], Math.min(imageWidth - 1, Math.round(right + shear * (y + 0.5)) - 1));
		}
		FloatPolygon outline = new FloatPolygon();
		outline.addPoint((float) left, 0f);
		outline.addPoint((float) right, 0f);
		outline.addPoint((float) (right + shear * height), (float) height);
		outline.addPoint((float) (left + shear * height), (float) height);
		int[] runs = new int[height];
		for (int y = 0; y < height; y++)
			runs[y] = r[y] - l[y] + 1;
		Arrays.sort(runs);
		return new LaneShape(0, l, r, runs[height / 2], outline);
	}

	/** Moved right by dx (an image offset), the runs cut at the image's edges. */
	LaneShape shifted(int dx, int imageWidth) {
		int[] l = new int[lefts.length], r = new int[rights.length];
		for (int i = 0; i < l.length; i++) {
			l[i] = Math.max(0, Math.min(imageWidth - 1, lefts[i] + dx));
			r[i] = Math.max(l[i], Math.min(imageWidth - 1, rights[i] + dx));
		}
		FloatPolygon moved = outline.duplicate();
		moved.translate(dx, 0);
		return new LaneShape(firstRow, l, r, width, moved);
	}
}
