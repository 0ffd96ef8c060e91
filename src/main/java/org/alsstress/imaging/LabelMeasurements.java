package org.alsstress.imaging;

/**
 * Per-label area (pixels), centroid, bounding box, and mean and integrated
 * intensity of an intensity image, indexed by label value.
 */
public final class LabelMeasurements {

	public final int maxLabel;
	public final long[] area;
	public final double[] sumX;
	public final double[] sumY;
	public final double[] sum;
	public final int[] minX, minY, maxX, maxY;

	private LabelMeasurements(int maxLabel) {
		this.maxLabel = maxLabel;
		area = new long[maxLabel + 1];
		sumX = new double[maxLabel + 1];
		sumY = new double[maxLabel + 1];
		sum = new double[maxLabel + 1];
		minX = new int[maxLabel + 1];
		minY = new int[maxLabel + 1];
		maxX = new int[maxLabel + 1];
		maxY = new int[maxLabel + 1];
		java.util.Arrays.fill(minX, Integer.MAX_VALUE);
		java.util.Arrays.fill(minY, Integer.MAX_VALUE);
		java.util.Arrays.fill(maxX, -1);
		java.util.Arrays.fill(maxY, -1);
	}

	/** @param intensity pixel values (same size as the labels), or null to measure geometry only */
	public static LabelMeasurements measure(LabelImage labels, float[] intensity) {
		LabelMeasurements m = new LabelMeasurements(labels.maxLabel());
		for (int y = 0, i = 0; y < labels.height; y++)
			for (int x = 0; x < labels.width; x++, i++) {
				int l = labels.pixels[i];
				if (l <= 0) continue;
				m.area[l]++;
				m.sumX[l] += x;
				m.sumY[l] += y;
				if (intensity != null) m.sum[l] += intensity[i];
				if (x < m.minX[l]) m.minX[l] = x;
				if (y < m.minY[l]) m.minY[l] = y;
				if (x > m.maxX[l]) m.maxX[l] = x;
				if (y > m.maxY[l]) m.maxY[l] = y;
			}
		return m;
	}

	public boolean exists(int label) {
		return label > 0 && label <= maxLabel && area[label] > 0;
	}

	/** Centroid x in pixel coordinates of the pixel centres (pixel (0,0) is at 0,0). */
	public double centroidX(int label) {
		return sumX[label] / area[label];
	}

	public double centroidY(int label) {
		return sumY[label] / area[label];
	}

	public double mean(int label) {
		return area[label] == 0 ? Double.NaN : sum[label] / area[label];
	}

	public double integrated(int label) {
		return sum[label];
	}
}
