package org.alsstress.granules.validation;

/**
 * Counts from scoring fields against their truth; tallies add up, so a regime's row and a pooled row
 * are sums of field tallies.
 */
public final class DomainTally {
	/** Contrast bins: granule peak over the diffuse level under it. */
	public static final double[] CONTRAST_EDGES = { 1.3, 1.5, 2, 3 };
	public static final String[] CONTRAST_BINS = { "1.3-1.5x", "1.5-2x", "2-3x", ">3x" };
	/** Matched-filter signal-to-noise bins of the noise-free granule against its local noise. */
	public static final double[] SNR_EDGES = { 0, 10, 20, 40 };
	public static final String[] SNR_BINS = { "SNR <10", "10-20", "20-40", ">40" };
	/** Granules-per-cell bins (true count). */
	public static final int[] COUNT_EDGES = { 0, 1, 11, 31, 61 };
	public static final String[] COUNT_BINS = { "0", "1-10", "11-30", "31-60", "61-100" };

	public int fields, failedFields;
	public int truePositives, falsePositives, falseNegatives;
	public final int[] snrFound = new int[SNR_BINS.length], snrTotal = new int[SNR_BINS.length];
	/** Faint granules (1.3-2x) that the noise does not hide (SNR above 10): found and in all. */
	public int faintVisibleFound, faintVisibleTotal;
	/** Granules in perinuclear clusters of touching granules: found and in all. */
	public int clusteredFound, clusteredTotal;
	public final int[] contrastFound = new int[CONTRAST_BINS.length], contrastTotal = new int[CONTRAST_BINS.length];
	/** Scored cells: whole true cells (nucleus in the image, not cut by the border) whose nucleus was found. */
	public int cells, unscoredCells;
	public final int[] binCells = new int[COUNT_BINS.length];
	public final double[] binError = new double[COUNT_BINS.length], binAbsError = new double[COUNT_BINS.length],
		binTruth = new double[COUNT_BINS.length];
	public int unstressedCells, falseGranulesInUnstressed;
	public int trueSgPositive, measuredSgPositive;
	public int trueApoptotic, apoptosisCorrect;
	public int nucleiTruePositives, nucleiFalsePositives, nucleiFalseNegatives;
	public int debris, debrisFlagged, debrisCounted;
	public double seconds;

	public static int contrastBin(double contrast) {
		for (int b = CONTRAST_EDGES.length - 1; b >= 0; b--)
			if (contrast >= CONTRAST_EDGES[b]) return b;
		return -1;
	}

	public static int snrBin(double snr) {
		for (int b = SNR_EDGES.length - 1; b >= 0; b--)
			if (snr >= SNR_EDGES[b]) return b;
		return 0;
	}

	public double snrRecall(int bin) {
		return snrTotal[bin] == 0 ? Double.NaN : snrFound[bin] / (double) snrTotal[bin];
	}

	public static int countBin(int count) {
		for (int b = COUNT_EDGES.length - 1; b >= 0; b--)
			if (count >= COUNT_EDGES[b]) return b;
		return 0;
	}

	public void add(DomainTally o) {
		fields += o.fields;
		failedFields += o.failedFields;
		truePositives += o.truePositives;
		falsePositives += o.falsePositives;
		falseNegatives += o.falseNegatives;
		for (int b = 0; b < snrFound.length; b++) {
			snrFound[b] += o.snrFound[b];
			snrTotal[b] += o.snrTotal[b];
		}
		faintVisibleFound += o.faintVisibleFound;
		faintVisibleTotal += o.faintVisibleTotal;
		clusteredFound += o.clusteredFound;
		clusteredTotal += o.clusteredTotal;
		for (int b = 0; b < contrastFound.length; b++) {
			contrastFound[b] += o.contrastFound[b];
			contrastTotal[b] += o.contrastTotal[b];
		}
		cells += o.cells;
		unscoredCells += o.unscoredCells;
		for (int b = 0; b < binCells.length; b++) {
			binCells[b] += o.binCells[b];
			binError[b] += o.binError[b];
			binAbsError[b] += o.binAbsError[b];
			binTruth[b] += o.binTruth[b];
		}
		unstressedCells += o.unstressedCells;
		falseGranulesInUnstressed += o.falseGranulesInUnstressed;
		trueSgPositive += o.trueSgPositive;
		measuredSgPositive += o.measuredSgPositive;
		trueApoptotic += o.trueApoptotic;
		apoptosisCorrect += o.apoptosisCorrect;
		nucleiTruePositives += o.nucleiTruePositives;
		nucleiFalsePositives += o.nucleiFalsePositives;
		nucleiFalseNegatives += o.nucleiFalseNegatives;
		debris += o.debris;
		debrisFlagged += o.debrisFlagged;
		debrisCounted += o.debrisCounted;
		seconds += o.seconds;
	}

	public DetectionScore granules() {
		return new DetectionScore(truePositives, falsePositives, falseNegatives);
	}

	public DetectionScore nuclei() {
		return new DetectionScore(nucleiTruePositives, nucleiFalsePositives, nucleiFalseNegatives);
	}

	/** Recall in a contrast bin; NaN without true granules there. */
	public double recall(int contrastBin) {
		return contrastTotal[contrastBin] == 0 ? Double.NaN : contrastFound[contrastBin] / (double) contrastTotal[contrastBin];
	}

	public double clusteredRecall() {
		return clusteredTotal == 0 ? Double.NaN : clusteredFound / (double) clusteredTotal;
	}

	/** Mean (measured - true) granules per cell in a count bin; NaN without cells. */
	public double bias(int countBin) {
		return binCells[countBin] == 0 ? Double.NaN : binError[countBin] / binCells[countBin];
	}

	public double meanAbsError(int countBin) {
		return binCells[countBin] == 0 ? Double.NaN : binAbsError[countBin] / binCells[countBin];
	}

	/** Summed count error in a bin as a percentage of the true granules there. */
	public double biasPercent(int countBin) {
		return binTruth[countBin] == 0 ? Double.NaN : 100 * binError[countBin] / binTruth[countBin];
	}

	public double countBias() {
		double e = 0;
		for (double v : binError)
			e += v;
		return cells == 0 ? Double.NaN : e / cells;
	}

	public double falseGranulesPerUnstressedCell() {
		return unstressedCells == 0 ? Double.NaN : falseGranulesInUnstressed / (double) unstressedCells;
	}

	public double truePctSg() {
		return cells == 0 ? Double.NaN : 100.0 * trueSgPositive / cells;
	}

	public double measuredPctSg() {
		return cells == 0 ? Double.NaN : 100.0 * measuredSgPositive / cells;
	}

	public double apoptosisAccuracy() {
		return cells == 0 ? Double.NaN : 100.0 * apoptosisCorrect / cells;
	}
}
