package org.alsstress.granules;

import java.util.ArrayList;
import java.util.List;

import ij.process.FloatProcessor;

import org.alsstress.granules.detection.DetectorNoise;
import org.alsstress.granules.detection.NullTail;
import org.alsstress.imaging.Filters;
import org.alsstress.imaging.LabelImage;
import org.alsstress.imaging.RobustStatistics;

/**
 * Granules cell by cell, each by a statistical test against that cell's own noise. The marker is smoothed at
 * the smallest granule's scale; in every cell, the response of a spot is its excess over a wider Gaussian
 * average of that cell's cytoplasm only (a difference of Gaussians that neither the nucleus, the background
 * outside nor a neighbouring cell pulls). Its null model has two parts, both measured on the image itself: the
 * detector's Poisson-Gaussian noise at the local level ({@link DetectorNoise}) and the cell's own texture (how
 * much wider the response spreads over the cytoplasm than that noise alone makes it). The statistic is the
 * response over that null SD; its tail under the null is learnt from the values at the field's local minima
 * (noise and texture are symmetric, granules are not) with a generalised Pareto tail ({@link NullTail}). A
 * maximum is a granule when the expected number of such maxima that noise and texture alone would give in its
 * cell — tests (the cell's maxima) times the tail probability — stays below {@link #FALSE_ALARMS_PER_CELL}
 * times {@code sensitivity}. Touching granules are split where the dip between their maxima is deeper than the
 * noise (h-maxima); each granule extends to half its peak response. Specks far brighter and sharper than the
 * field's granules are flagged as debris. Nothing is detected over the nucleus.
 */
public final class GranuleDetector {

	/** Expected false granules per cell from noise and texture at sensitivity 1. */
	public static final double FALSE_ALARMS_PER_CELL = 0.02;
	/** The surround of the band-pass is this many times wider than the smoothing. */
	static final double SURROUND = 2.5;
	/** Two maxima are two granules when the dip between them is this many noise SDs deep. */
	static final double SPLIT_DIP = 3;
	/**
	 * Up to this curvature (in noise SDs) a dip is measured in noise SDs; above it, on a logarithmic scale, so that
	 * between two strong maxima it must also be about a quarter of their height (SPLIT_DIP / RELATIVE_SPLIT).
	 */
	static final double RELATIVE_SPLIT = 10;
	/** A spot whose z is this many null SDs above the median is excluded (with its surroundings) from the null. */
	static final double STRONG_SPOT = 4;
	/** A spot's smaller principal curvature must exceed its noise this many times. */
	static final double CURVATURE_Z = 2;
	/** The rim along a cell's free edge, with a null of its own, is this many surround widths wide. */
	static final double RIM_WIDTH = 2;
	/** Granules flood their basins down to this z. */
	static final double FLOOD_Z = 1;
	/** No granule below this z, whatever the tail (a guard against a degenerate null sample). */
	static final double MIN_Z = 5;
	/**
	 * A spot whose mean is this many times the cell's diffuse level (both over the background) is debris (dust):
	 * granules stand at most about 10 times above the cytoplasm (the domain generator draws up to 10x peaks, the
	 * U2OS pair's G3BP1 granules reach 5x), dust specks brighter than any granule far more.
	 */
	static final double DEBRIS_CONTRAST = 12;
	/** A granule reaches out to this fraction of its peak response. */
	static final double EXTENT = 0.5;
	/** Longer than this times its width, a bright object is a fibre or a membrane edge, not a granule. */
	static final double MAX_ELONGATION = 3;
	/** A spot near a neighbouring cell whose level reaches this fraction of the spot's peak may be that cell's light. */
	static final double BRIGHTER_NEIGHBOUR = 0.9;
	/** ... within this many pixels of the spot's outline (cell borders are uncertain by that much). */
	static final double NEIGHBOUR_REACH = 4;
	/** A granule's peak is the highest point of the image within this many pixels. */
	static final int PEAK_RADIUS = 2;

	private GranuleDetector() {}

	public static GranuleDetection detect(FloatProcessor marker, LabelImage cells, LabelImage nuclei,
		SegmentationSettings settings)
	{
		int w = marker.getWidth();
		double rMin = Math.max(0.5, settings.px(settings.granuleMinDiameterUm) / 2);
		double sigma = Math.max(0.7, Math.min(rMin, 2)), surround = SURROUND * sigma;
		float[] smooth = (float[]) Filters.gaussian(marker, sigma).getPixels();
		float[] raw = (float[]) marker.getPixels();
		int maxCell = cells.maxLabel();
		int[][] cytoplasm = cytoplasmPixels(cells, nuclei, maxCell);
		double background = outsideLevel(smooth, cells, nuclei);
		DetectorNoise detector = DetectorNoise.fit(raw, smooth, w, sample(cytoplasm, 2), sampleSize(cytoplasm, 2));
		float[] level = new float[maxCell + 1];
		for (int c = 1; c <= maxCell; c++) {
			float[] values = new float[cytoplasm[c].length];
			for (int j = 0; j < values.length; j++)
				values[j] = smooth[cytoplasm[c][j]];
			level[c] = values.length == 0 ? Float.NaN : (float) RobustStatistics.median(values, values.length);
		}
		// two scales: the smallest granule's, and a coarser one for large granules (whose band-pass at the fine
		// scale is only a ring); each scale has its own null and half the false-alarm budget
		double rMax = Math.max(rMin + 1, settings.px(settings.granuleMaxDiameterUm) / 2);
		double[] sigmas = { sigma, Math.max(2 * sigma, rMax / 2) };
		double falseAlarms = FALSE_ALARMS_PER_CELL * settings.sensitivity / sigmas.length;
		double[] diffuse = new double[maxCell + 1], noise = new double[maxCell + 1], texture = new double[maxCell + 1];
		LabelImage labels = new LabelImage(w, marker.getHeight());
		List<Granule> granules = new ArrayList<>();
		List<double[]> features = new ArrayList<>();
		for (int scale = 0; scale < sigmas.length; scale++) {
			double s = sigmas[scale], around = SURROUND * s, wide = Math.sqrt(s * s + around * around);
			double kDog = dogNorm(s, wide), kLaplacian = laplacianNorm(s);
			CellGranules[] byCell = new CellGranules[maxCell + 1];
			int samples = 0;
			for (int c = 1; c <= maxCell; c++) {
				if (cytoplasm[c].length < 10) continue;
				byCell[c] = new CellGranules(c, cytoplasm[c], w, smooth, raw, detector, background, s, around, kDog,
					kLaplacian, cells, level);
				samples += byCell[c].nullCount;
			}
			double[] pooled = new double[samples];
			int n = 0;
			for (CellGranules cell : byCell)
				if (cell != null) {
					System.arraycopy(cell.nullSamples, 0, pooled, n, cell.nullCount);
					n += cell.nullCount;
					cell.nullSamples = null;
				}
			NullTail tail = NullTail.fit(pooled, n);
			for (int c = 1; c <= maxCell; c++) {
				CellGranules cell = byCell[c];
				if (cell == null) continue;
				byCell[c] = null;
				if (scale == 0) {
					diffuse[c] = cell.diffuse;
					texture[c] = cell.texture;
					noise[c] = cell.texture * kDog * Math.sqrt(detector.variance(cell.diffuse + background));
				}
				cell.maxArea = 1.5 * Math.PI * rMax * rMax;
				cell.coarse = scale > 0;
				cell.find(tail, falseAlarms, labels, granules, features);
			}
		}
		return new GranuleDetection(labels, granules, new CellLevels(diffuse, noise, texture, background));
	}

	/** sqrt of the sum of squares of the kernel smooth(sigma) - smooth(surround): the band-pass's gain for white noise. */
	static double dogNorm(double sigma, double surround) {
		int r = (int) Math.ceil(4 * Math.min(Math.max(sigma, surround), 4 * sigma + 10));
		double[] a = kernel(sigma, r), b = Double.isInfinite(surround) ? new double[2 * r + 1] : kernel(surround, r);
		double sum = 0;
		for (int y = 0; y < 2 * r + 1; y++)
			for (int x = 0; x < 2 * r + 1; x++) {
				double v = a[x] * a[y] - b[x] * b[y];
				sum += v * v;
			}
		return Math.sqrt(sum);
	}

	/** sqrt of the sum of squares of the 4-neighbour Laplacian of the smoothing kernel: its gain for white noise. */
	static double laplacianNorm(double sigma) {
		int r = (int) Math.ceil(4 * sigma) + 1, size = 2 * r + 1;
		double[] a = kernel(sigma, r);
		double sum = 0;
		for (int y = 1; y < size - 1; y++)
			for (int x = 1; x < size - 1; x++) {
				double v = 4 * a[x] * a[y] - a[x - 1] * a[y] - a[x + 1] * a[y] - a[x] * a[y - 1] - a[x] * a[y + 1];
				sum += v * v;
			}
		return Math.sqrt(sum);
	}

	/** The white-noise gain of the second difference (step apart) of the smoothed marker along one axis. */
	static double curvatureNorm(double sigma, int step) {
		int r = (int) Math.ceil(4 * sigma) + step, size = 2 * r + 1;
		double[] a = kernel(sigma, r);
		double sum = 0;
		for (int y = 0; y < size; y++)
			for (int x = step; x < size - step; x++) {
				double v = (2 * a[x] - a[x - step] - a[x + step]) * a[y];
				sum += v * v;
			}
		return Math.sqrt(sum);
	}

	private static double[] kernel(double sigma, int r) {
		double[] k = new double[2 * r + 1];
		double sum = 0;
		for (int i = -r; i <= r; i++)
			sum += k[i + r] = Math.exp(-i * i / (2 * sigma * sigma));
		for (int i = 0; i < k.length; i++)
			k[i] /= sum;
		return k;
	}

	/** Every {@code step}-th cytoplasm pixel of every cell (enough to learn the detector's noise from). */
	private static int[] sample(int[][] cytoplasm, int step) {
		int[] out = new int[sampleSize(cytoplasm, step)];
		int n = 0;
		for (int[] pixels : cytoplasm)
			for (int k = 0; k < pixels.length; k += step)
				out[n++] = pixels[k];
		return out;
	}

	private static int sampleSize(int[][] cytoplasm, int step) {
		int n = 0;
		for (int[] pixels : cytoplasm)
			n += (pixels.length + step - 1) / step;
		return n;
	}

	/** Pixel indices of each cell's cytoplasm (the cell minus any nucleus). */
	static int[][] cytoplasmPixels(LabelImage cells, LabelImage nuclei, int maxCell) {
		int[] count = new int[maxCell + 1];
		for (int i = 0; i < cells.pixels.length; i++)
			if (cells.pixels[i] > 0 && nuclei.pixels[i] == 0) count[cells.pixels[i]]++;
		int[][] pixels = new int[maxCell + 1][];
		for (int c = 0; c <= maxCell; c++)
			pixels[c] = new int[count[c]];
		int[] fill = new int[maxCell + 1];
		for (int i = 0; i < cells.pixels.length; i++) {
			int c = cells.pixels[i];
			if (c > 0 && nuclei.pixels[i] == 0) pixels[c][fill[c]++] = i;
		}
		return pixels;
	}

	/** The marker's level outside cells and nuclei (the camera offset plus stray light). */
	static double outsideLevel(float[] smooth, LabelImage cells, LabelImage nuclei) {
		float[] outside = new float[smooth.length];
		int n = 0;
		for (int i = 0; i < smooth.length; i++)
			if (cells.pixels[i] == 0 && nuclei.pixels[i] == 0) outside[n++] = smooth[i];
		if (n >= smooth.length / 50) return RobustStatistics.median(outside, n);
		return RobustStatistics.quantileInPlace(smooth.clone(), smooth.length, 0.01);
	}
}
