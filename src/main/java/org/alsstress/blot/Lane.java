package org.alsstress.blot;

/** A lane: a column range of one image, inclusive. */
public final class Lane {
	/** 1-based sample lane number, left to right; 0 for the ladder. */
	public final int number;
	public final int left;
	public final int right;
	public final boolean ladder;
	/** Placed from the lane spacing because the image shows no signal there. */
	public final boolean inferred;

	public Lane(int number, int left, int right, boolean ladder, boolean inferred) {
		if (right < left) throw new IllegalArgumentException("lane right " + right + " < left " + left);
		this.number = number;
		this.left = left;
		this.right = right;
		this.ladder = ladder;
		this.inferred = inferred;
	}

	public double centre() {
		return 0.5 * (left + right);
	}

	public int width() {
		return right - left + 1;
	}

	Lane shifted(int dx, int imageWidth) {
		return new Lane(number, Math.max(0, left + dx), Math.min(imageWidth - 1, right + dx), ladder, inferred);
	}

	Lane numbered(int newNumber) {
		return new Lane(newNumber, left, right, ladder, inferred);
	}

	Lane asLadder() {
		return new Lane(0, left, right, true, inferred);
	}

	@Override
	public String toString() {
		return (ladder ? "ladder" : "lane " + number) + " [" + left + ".." + right + "]";
	}
}
