package org.alsstress.blot;

/**
 * A lane: a column range of one image, inclusive, over the full height; or, when drawn as a
 * polygon, the columns its {@link LaneShape} covers in each row ({@link #left}/{@link #right} are
 * then its outer bounds).
 */
public final class Lane {
	/** 1-based sample lane number, left to right; 0 for the ladder. */
	public final int number;
	public final int left;
	public final int right;
	public final boolean ladder;
	/** Placed from the lane spacing because the image shows no signal there. */
	public final boolean inferred;
	/** The outline of a lane drawn as a polygon, or null for a plain column range. */
	public final LaneShape shape;
	/** How well the image supports the lane, 0 to 1 (1 for lanes drawn by the user). */
	public final double confidence;
	/** Why the lane is doubtful, or empty. */
	public final String doubt;

	public Lane(int number, int left, int right, boolean ladder, boolean inferred) {
		this(number, left, right, ladder, inferred, null, 1, "");
	}

	private Lane(int number, int left, int right, boolean ladder, boolean inferred, LaneShape shape, double confidence,
		String doubt)
	{
		if (right < left) throw new IllegalArgumentException("lane right " + right + " < left " + left);
		this.number = number;
		this.left = left;
		this.right = right;
		this.ladder = ladder;
		this.inferred = inferred;
		this.shape = shape;
		this.confidence = confidence;
		this.doubt = doubt;
	}

	/** A sample lane drawn as a polygon, numbered later. */
	static Lane shaped(LaneShape shape) {
		return new Lane(0, shape.minLeft(), shape.maxRight(), false, false, shape, 1, "");
	}

	/** A lane that follows an outline (a lane moved by a rotation or scale), keeping number and confidence. */
	Lane withShape(LaneShape newShape) {
		return new Lane(number, newShape.minLeft(), newShape.maxRight(), ladder, inferred, newShape, confidence, doubt);
	}

	/** A plain column range (no outline), keeping number and confidence. */
	Lane withColumns(int newLeft, int newRight) {
		return new Lane(number, newLeft, newRight, ladder, inferred, null, confidence, doubt);
	}

	Lane withConfidence(double newConfidence, String newDoubt) {
		return new Lane(number, left, right, ladder, inferred, shape, newConfidence, newDoubt);
	}

	/** First column of the lane in row y. */
	public int left(int y) {
		return shape == null ? left : shape.left(y);
	}

	/** Last column of the lane in row y. */
	public int right(int y) {
		return shape == null ? right : shape.right(y);
	}

	public double centre() {
		return 0.5 * (left + right);
	}

	/** Columns per row (for a polygon lane, its median run). */
	public int width() {
		return shape == null ? right - left + 1 : shape.width();
	}

	Lane shifted(int dx, int imageWidth) {
		if (shape == null) return new Lane(number, Math.max(0, left + dx), Math.min(imageWidth - 1, right + dx), ladder,
			inferred, null, confidence, doubt);
		return withShape(shape.shifted(dx, imageWidth));
	}

	Lane numbered(int newNumber) {
		return new Lane(newNumber, left, right, ladder, inferred, shape, confidence, doubt);
	}

	Lane asLadder() {
		return new Lane(0, left, right, true, inferred, shape, confidence, doubt);
	}

	@Override
	public String toString() {
		return (ladder ? "ladder" : "lane " + number) + " [" + left + ".." + right + "]" + (shape == null ? "" : " polygon");
	}
}
