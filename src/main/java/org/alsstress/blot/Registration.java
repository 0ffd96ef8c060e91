package org.alsstress.blot;

import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.process.FloatPolygon;

import java.util.Locale;

/**
 * Where the lanes of one image lie in another image of the same lanes: column
 * {@code x} in row {@code y} of the first is column
 * {@code pivot + dx + scale * (x - pivot) + shear * (y - pivotRow)} of the other. A small rotation
 * moves a lane sideways from row to row (the shear, its tangent); a scale differs between imagers or
 * binning. Rows are not mapped: each image's band is found in its own lane profile.
 */
public final class Registration {
	/** Shift in columns at the pivot. */
	public final double dx;
	public final double scale;
	/** Columns the lanes move right per row down the image (tangent of the rotation). */
	public final double shear;
	final double pivot;
	final double pivotRow;
	/** Lanes matched between the two images to estimate it; 0 when column profiles alone served. */
	public final int matchedLanes;
	/** Root-mean-square distance (columns) of the matched lanes after the mapping. */
	public final double residual;
	/** How it was estimated: "identity", "lanes", "column profiles". */
	public final String method;

	Registration(double dx, double scale, double shear, double pivot, double pivotRow, int matchedLanes, double residual,
		String method)
	{
		this.dx = dx;
		this.scale = scale;
		this.shear = shear;
		this.pivot = pivot;
		this.pivotRow = pivotRow;
		this.matchedLanes = matchedLanes;
		this.residual = residual;
		this.method = method;
	}

	static Registration identity() {
		return new Registration(0, 1, 0, 0, 0, 0, 0, "identity");
	}

	public boolean isIdentity() {
		return "identity".equals(method);
	}

	/** The column in the other image of column x (a lane edge, x + 1 for a right edge) in row y. */
	double map(double x, double y) {
		return pivot + dx + scale * (x - pivot) + shear * (y - pivotRow);
	}

	public double rotationDegrees() {
		return Math.toDegrees(Math.atan(shear));
	}

	/** The lane moved into an image of the given size, cut at its edges; leaning when the rotation moves it a column or more. */
	Lane apply(Lane lane, int width, int height) {
		if (isIdentity()) return lane;
		if (lane.shape != null && scale == 1 && Math.abs(shear) * height < 1)
			return lane.shifted((int) Math.round(map(lane.centre(), pivotRow) - lane.centre()), width);
		if (lane.shape != null) {
			FloatPolygon outline = lane.shape.outline();
			for (int i = 0; i < outline.npoints; i++)
				outline.xpoints[i] = (float) map(outline.xpoints[i], outline.ypoints[i]);
			return lane.withShape(LaneShape.of(new PolygonRoi(outline, Roi.POLYGON)).shifted(0, width));
		}
		if (Math.abs(shear) * height < 1) {
			int left = (int) Math.round(map(lane.left, pivotRow)), right = (int) Math.round(map(lane.right + 1, pivotRow)) - 1;
			left = Math.max(0, Math.min(width - 1, left));
			right = Math.max(left, Math.min(width - 1, right));
			return lane.withColumns(left, right);
		}
		double top = map(lane.left, 0), topRight = map(lane.right + 1, 0);
		return lane.withShape(LaneShape.leaning(top, topRight, shear, height, width));
	}

	/** The columns of a lane (left..right) of the first image that are visible in the other, at row y. */
	int visibleColumns(Lane lane, double y, int otherWidth) {
		double left = map(lane.left, y), right = map(lane.right + 1, y);
		return (int) Math.round(Math.max(0, Math.min(otherWidth, right) - Math.max(0, left)));
	}

	@Override
	public String toString() {
		if (isIdentity()) return "lanes found on this image";
		return String.format(Locale.ROOT, "shift %+.1f px, scale %.3f, rotation %+.2f deg (%s, %d lanes matched, "
			+ "residual %.1f px)", dx, scale, rotationDegrees(), method, matchedLanes, residual);
	}
}
