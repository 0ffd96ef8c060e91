package org.alsstress.granules.validation;

import java.util.Collections;
import java.util.List;

/** Instance matching of a predicted label image against a true one. */
public final class LabelMatching extends DetectionScore {

	/** A matched true and predicted object and their intersection over union. */
	public static final class Pair {
		public final int trueLabel, predictedLabel;
		public final double iou;

		Pair(int trueLabel, int predictedLabel, double iou) {
			this.trueLabel = trueLabel;
			this.predictedLabel = predictedLabel;
			this.iou = iou;
		}

		@Override
		public String toString() {
			return trueLabel + "<->" + predictedLabel + " (IoU " + String.format("%.3f", iou) + ")";
		}
	}

	private final List<Pair> pairs;

	LabelMatching(List<Pair> pairs, int trueObjects, int predictedObjects) {
		super(pairs.size(), predictedObjects - pairs.size(), trueObjects - pairs.size());
		this.pairs = Collections.unmodifiableList(pairs);
	}

	public List<Pair> pairs() {
		return pairs;
	}

	/** The predicted label matched to a true label, or 0. */
	public int predictedFor(int trueLabel) {
		for (Pair p : pairs)
			if (p.trueLabel == trueLabel) return p.predictedLabel;
		return 0;
	}

	/** Mean IoU of the matched pairs (NaN without pairs). */
	public double meanIoU() {
		return pairs.stream().mapToDouble(p -> p.iou).average().orElse(Double.NaN);
	}
}
