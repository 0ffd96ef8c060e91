package org.alsstress.granules.validation;

/** An optimal one-to-one matching of detected points to true points. */
public final class PointMatching extends DetectionScore {
	private final int[] detectedToTruth, truthToDetected;
	private final double meanDistance;

	PointMatching(int[] detectedToTruth, int[] truthToDetected, double meanDistance, int truePositives) {
		super(truePositives, detectedToTruth.length - truePositives, truthToDetected.length - truePositives);
		this.detectedToTruth = detectedToTruth;
		this.truthToDetected = truthToDetected;
		this.meanDistance = meanDistance;
	}

	/** The true point matched to detected point i, or -1 (a false positive). */
	public int truthOf(int detected) {
		return detectedToTruth[detected];
	}

	/** The detected point matched to true point j, or -1 (a false negative). */
	public int detectionOf(int truth) {
		return truthToDetected[truth];
	}

	/** Mean distance of the matched pairs (NaN without pairs). */
	public double meanDistance() {
		return meanDistance;
	}
}
