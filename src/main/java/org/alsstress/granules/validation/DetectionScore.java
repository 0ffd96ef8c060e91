package org.alsstress.granules.validation;

/** True positives, false positives and false negatives, and the scores made from them. */
public class DetectionScore {
	private final int truePositives, falsePositives, falseNegatives;

	public DetectionScore(int truePositives, int falsePositives, int falseNegatives) {
		this.truePositives = truePositives;
		this.falsePositives = falsePositives;
		this.falseNegatives = falseNegatives;
	}

	public int truePositives() {
		return truePositives;
	}

	public int falsePositives() {
		return falsePositives;
	}

	public int falseNegatives() {
		return falseNegatives;
	}

	/** TP / (TP + FP); 1 when nothing was detected. */
	public double precision() {
		int detected = truePositives + falsePositives;
		return detected == 0 ? 1 : truePositives / (double) detected;
	}

	/** TP / (TP + FN); 1 when there was nothing to find. */
	public double recall() {
		int truth = truePositives + falseNegatives;
		return truth == 0 ? 1 : truePositives / (double) truth;
	}

	/** 2 TP / (2 TP + FP + FN); 1 when there was nothing to find and nothing was found. */
	public double f1() {
		int denominator = 2 * truePositives + falsePositives + falseNegatives;
		return denominator == 0 ? 1 : 2.0 * truePositives / denominator;
	}

	/** Sums the counts of several images (micro-averaging). */
	public static DetectionScore sum(Iterable<? extends DetectionScore> scores) {
		int tp = 0, fp = 0, fn = 0;
		for (DetectionScore s : scores) {
			tp += s.truePositives;
			fp += s.falsePositives;
			fn += s.falseNegatives;
		}
		return new DetectionScore(tp, fp, fn);
	}

	@Override
	public String toString() {
		return String.format("TP %d, FP %d, FN %d, precision %.3f, recall %.3f, F1 %.3f", truePositives,
			falsePositives, falseNegatives, precision(), recall(), f1());
	}
}
