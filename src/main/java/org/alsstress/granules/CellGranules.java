package org.alsstress.granules;

import static org.alsstress.granules.GranuleDetector.*;

import java.awt.Polygon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import ij.process.FloatProcessor;

import org.alsstress.granules.detection.DetectorNoise;
import org.alsstress.granules.detection.NullTail;
import org.alsstress.imaging.Gaussian;
import org.alsstress.imaging.LabelImage;
import org.alsstress.imaging.RegionalMaxima;
import org.alsstress.imaging.RobustStatistics;
import org.alsstress.imaging.SeededWatershed;

/**
 * The detection in one cell, on the cell's bounding box. The response is a difference of Gaussians whose
 * surround is the cell's own cytoplasm only (a normalised convolution, so that neither the nucleus, the
 * background outside nor a neighbouring cell pulls it). Its null model, where there is no granule, is the
 * detector's noise at the local level (from {@link DetectorNoise}) times the cell's own texture factor: the
 * robust spread of the noise-normalised response over the cytoplasm, from its lower side and away from strong
 * spots, so that neither granules nor the dark rings the band-pass leaves around them inflate it. The response
 * over that null SD is the cell's statistic z.
 */
final class CellGranules {

	static final java.util.concurrent.atomic.AtomicLongArray STATS0 = null;
	static final long[] STATS = new long[8];
	final int cell;
	final int imageWidth, imageHeight;
	final float[] smooth, raw;
	final DetectorNoise detector;
	final double kDog, kSmooth, kLaplacian, kCurvature, background;
	final int curvatureStep;
	final int x0, y0, cw, ch;
	final boolean[] inside;
	/** Scratch for {@link #grow}: false everywhere between calls. */
	final boolean[] seen;
	/** The band-pass, the local level (the surround) and z, on the bounding box. */
	final float[] dog, level, z;
	/** The cell's texture factor: its null SD of z over the detector's alone; and the null median of z. */
	final double texture;
	double median;
	/** Median smoothed marker in the cytoplasm minus the background. */
	final double diffuse;
	/** Local maxima of z in the cytoplasm (the tests), and null samples (minus z at its local minima). */
	int tests;
	double[] nullSamples;
	int nullCount;
	final LabelImage cells;
	final float[] cellLevels;

	CellGranules(int cell, int[] pixels, int imageWidth, float[] smooth, float[] raw, DetectorNoise detector,
		double background, double surroundSigma, double kDog, double kSmooth, double kLaplacian, LabelImage cells,
		float[] cellLevels)
	{
		this.cell = cell;
		this.imageWidth = imageWidth;
		this.imageHeight = smooth.length / imageWidth;
		this.smooth = smooth;
		this.raw = raw;
		this.detector = detector;
		this.background = background;
		this.kDog = kDog;
		this.kSmooth = kSmooth;
		this.kLaplacian = kLaplacian;
		this.curvatureStep = curvatureStep(kSmooth);
		this.kCurvature = GranuleDetector.curvatureNorm(sigmaOf(kSmooth), curvatureStep);
		this.cells = cells;
		this.cellLevels = cellLevels;
		int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
		for (int p : pixels) {
			int x = p % imageWidth, y = p / imageWidth;
			minX = Math.min(minX, x);
			minY = Math.min(minY, y);
			maxX = Math.max(maxX, x);
			maxY = Math.max(maxY, y);
		}
		x0 = minX;
		y0 = minY;
		cw = maxX - minX + 1;
		ch = maxY - minY + 1;
		int n = cw * ch;
		inside = new boolean[n];
		seen = new boolean[n];
		level = new float[n];
		float[] weight = new float[n];
		float[] levels = new float[pixels.length];
		int k = 0;
		for (int p : pixels) {
			int j = local(p);
			inside[j] = true;
			level[j] = smooth[p];
			weight[j] = 1;
			levels[k++] = smooth[p];
		}
		diffuse = Math.max(1e-6, RobustStatistics.median(levels, k) - background);
		Gaussian.blurInPlace(new FloatProcessor(cw, ch, level), surroundSigma);
		Gaussian.blurInPlace(new FloatProcessor(cw, ch, weight), surroundSigma);
		dog = new float[n];
		z = weight;
		for (int j = 0; j < n; j++) {
			if (!inside[j]) {
				level[j] = 0;
				z[j] = 0;
				continue;
			}
			level[j] /= Math.max(weight[j], 1e-6f);
			dog[j] = smooth[global(j)] - level[j];
			z[j] = (float) (dog[j] / (kDog * Math.sqrt(detector.variance(level[j]))));
		}
		texture = textureFactor(surroundSigma);
		float inverse = (float) (1 / texture), centre = (float) median;
		for (int j = 0; j < n; j++)
			if (inside[j]) z[j] = (z[j] - centre) * inverse;
	}

	/**
	 * The spread of the detector-normalised response (1 = detector noise only) from its lower side (median minus
	 * the 16th percentile), twice: the second time without the surroundings of the strong spots the first one
	 * shows (a granule's band-pass has a dark ring, and dense cells would otherwise inflate it). Also counts the
	 * tests and gathers the null samples.
	 */
	private double textureFactor(double surroundSigma) {
		int n = cw * ch;
		boolean[] excluded = new boolean[n];
		float[] values = new float[n];
		double spread = 1;
		int reach = (int) Math.ceil(2 * surroundSigma);
		for (int round = 0; round < 3; round++) {
			int m = 0;
			for (int j = 0; j < n; j++)
				if (inside[j] && !excluded[j]) values[m++] = z[j];
			if (m < 20) break;
			median = RobustStatistics.quantileInPlace(values, m, 0.5);
			double low = RobustStatistics.quantileInPlace(values, m, 0.1587);
			spread = Math.max(0.3, median - low);
			if (round == 2) break;
			double strong = median + STRONG_SPOT * spread;
			boolean[] seeds = new boolean[n];
			for (int j = 0; j < n; j++)
				seeds[j] = inside[j] && z[j] > strong;
			dilate(seeds, cw, ch, reach);
			excluded = seeds;
		}
		// nor near the cell's outline (the nucleus's rim and the free edge darken the surround's edge unevenly)
		boolean[] edge = new boolean[n];
		for (int j = 0; j < n; j++)
			edge[j] = !inside[j];
		dilate(edge, cw, ch, (int) Math.ceil(surroundSigma));
		for (int j = 0; j < n; j++)
			excluded[j] |= edge[j];
		// tests: local maxima of z; null samples: minus z at its local minima, away from strong spots
		nullSamples = new double[64];
		for (int y = 1; y < ch - 1; y++)
			for (int x = 1; x < cw - 1; x++) {
				int j = y * cw + x;
				if (!inside[j]) continue;
				float v = z[j];
				boolean max = true, min = true, whole = true;
				for (int dy = -1; dy <= 1; dy++)
					for (int dx = -1; dx <= 1; dx++) {
						if (dx == 0 && dy == 0) continue;
						int q = j + dy * cw + dx;
						if (!inside[q]) whole = false;
						float u = z[q];
						if (u > v || u == v && q < j) max = false;
						if (u < v || u == v && q < j) min = false;
					}
				if (max) tests++;
				if (min && whole && !excluded[j]) {
					if (nullCount == nullSamples.length) nullSamples = java.util.Arrays.copyOf(nullSamples, 2 * nullCount);
					nullSamples[nullCount++] = -(v - median) / spread;
				}
			}
		return spread;
	}

	/** Dilates a mask by a square of the given radius (two passes of a running count). */
	static void dilate(boolean[] mask, int w, int h, int r) {
		if (r <= 0) return;
		boolean[] row = new boolean[mask.length];
		for (int y = 0; y < h; y++) {
			int count = 0;
			for (int x = 0; x < Math.min(w, r); x++)
				if (mask[y * w + x]) count++;
			for (int x = 0; x < w; x++) {
				if (x + r < w && mask[y * w + x + r]) count++;
				if (x - r - 1 >= 0 && mask[y * w + x - r - 1]) count--;
				row[y * w + x] = count > 0;
			}
		}
		for (int x = 0; x < w; x++) {
			int count = 0;
			for (int y = 0; y < Math.min(h, r); y++)
				if (row[y * w + x]) count++;
			for (int y = 0; y < h; y++) {
				if (y + r < h && row[(y + r) * w + x]) count++;
				if (y - r - 1 >= 0 && row[(y - r - 1) * w + x]) count--;
				mask[y * w + x] = count > 0;
			}
		}
	}

	/**
	 * The granules of this cell: maxima of the response whose z passes the cell's a-contrario threshold (the
	 * expected number of maxima of pure noise and texture that pass it, tests x tail probability, is
	 * {@code falseAlarms}). Touching granules are split by the intensity model: two maxima are two granules when
	 * the dip between them is deeper than {@link #SPLIT_DIP} noise SDs of the response at its own level
	 * (h-maxima with a noise-based h).
	 */
	void find(NullTail tail, double falseAlarms, LabelImage labels, List<Granule> granules, List<double[]> features) {
		if (tail == null || tests == 0) return;
		double zStar = Math.max(MIN_Z, tail.quantile(falseAlarms / tests));
		int n = cw * ch;
		// the curvature of the smoothed marker (minus its Laplacian) over its noise at the signal's own level: touching
		// granules without a dip between them still have a curvature maximum each
		float[] split = new float[n];
		for (int y = 1; y < ch - 1; y++)
			for (int x = 1; x < cw - 1; x++) {
				int j = y * cw + x;
				if (!inside[j]) continue;
				int p = global(j);
				double curvature = 4 * smooth[p] - smooth[p - 1] - smooth[p + 1] - smooth[p - imageWidth] - smooth[p + imageWidth];
				split[j] = (float) (curvature / (kLaplacian * Math.sqrt(detector.variance(smooth[p]))));
			}
		Polygon maxima = RegionalMaxima.find(split, cw, ch, SPLIT_DIP, inside);
		LabelImage seeds = new LabelImage(cw, ch);
		List<Integer> seedPixels = new ArrayList<>();
		for (int m = 0; m < maxima.npoints; m++) {
			int j = highestZNear(maxima.ypoints[m] * cw + maxima.xpoints[m]);
			STATS[0]++;
			if (z[j] < zStar) { STATS[1]++; continue; }
			if (seeds.pixels[j] != 0) { STATS[2]++; continue; }
			if (!peakInWholeImage(global(j))) { STATS[3]++; continue; }
			if (!curvesDownEveryWay(global(j))) { STATS[7]++; continue; }
			seedPixels.add(j);
			seeds.pixels[j] = seedPixels.size();
		}
		if (seedPixels.isEmpty()) return;
		boolean[] flood = new boolean[n];
		float[] elevation = new float[n];
		for (int j = 0; j < n; j++) {
			flood[j] = inside[j] && z[j] >= FLOOD_Z;
			elevation[j] = -dog[j];
		}
		LabelImage regions = SeededWatershed.flood(elevation, seeds, flood);
		for (int s = 0; s < seedPixels.size(); s++)
			measure(s + 1, seedPixels.get(s), regions, labels, granules, features);
	}

	/** The pixel of highest z within one pixel (the split map's maximum can sit a pixel off z's). */
	private int highestZNear(int j) {
		int x = j % cw, y = j / cw, best = j;
		for (int ny = Math.max(0, y - 1); ny <= Math.min(ch - 1, y + 1); ny++)
			for (int nx = Math.max(0, x - 1); nx <= Math.min(cw - 1, x + 1); nx++) {
				int q = ny * cw + nx;
				if (inside[q] && z[q] > z[best]) best = q;
			}
		return best;
	}

	/** The granule grown from one seed: its part above half the peak response that is connected to the seed. */
	private void measure(int region, int seed, LabelImage regions, LabelImage labels, List<Granule> granules,
		List<double[]> features)
	{
		double cut = EXTENT * dog[seed];
		List<Integer> members = grow(seed, n -> regions.pixels[n] == region && dog[n] >= cut);
		int area = members.size();
		if (area >= 6 && elongation(members) > MAX_ELONGATION) { STATS[4]++; return; }
		if (nextToBrighterCell(seed, Math.sqrt(area / Math.PI) + NEIGHBOUR_REACH)) { STATS[5]++; return; }
		STATS[6]++;
		double sx = 0, sy = 0, sum = 0;
		float rawPeak = Float.NEGATIVE_INFINITY;
		for (int j : members) {
			sx += j % cw;
			sy += j / cw;
			float v = raw[global(j)];
			sum += v;
			rawPeak = Math.max(rawPeak, v);
		}
		double mx = sx / area, my = sy / area;
		int id = granules.size() + 1;
		for (int j : members)
			labels.pixels[global(j)] = id;
		double mean = sum / area;
		granules.add(new Granule(id, cell, x0 + mx + 0.5, y0 + my + 0.5, area, mean, sum, (mean - background) / diffuse,
			z[seed]));
		double amplitude = dog[seed], under = level[seed] - background;
		features.add(new double[] { amplitude / Math.max(under, 1e-6), (rawPeak - level[seed]) / Math.max(amplitude,
			1e-6), rawPeak, area, z[seed] });
	}

	/** The 4-connected region of pixels (cell-box indices) that pass the test, grown from the seed. */
	private List<Integer> grow(int seed, IntPredicate accept) {
		List<Integer> members = new ArrayList<>();
		members.add(seed);
		seen[seed] = true;
		for (int head = 0; head < members.size(); head++) {
			int m = members.get(head), mx = m % cw, my = m / cw;
			if (mx > 0) visit(m - 1, accept, members);
			if (mx < cw - 1) visit(m + 1, accept, members);
			if (my > 0) visit(m - cw, accept, members);
			if (my < ch - 1) visit(m + cw, accept, members);
		}
		for (int m : members)
			seen[m] = false;
		return members;
	}

	private void visit(int n, IntPredicate accept, List<Integer> members) {
		if (seen[n] || !accept.test(n)) return;
		seen[n] = true;
		members.add(n);
	}

	private double elongation(List<Integer> members) {
		double sx = 0, sy = 0;
		for (int j : members) {
			sx += j % cw;
			sy += j / cw;
		}
		double mx = sx / members.size(), my = sy / members.size(), xx = 0, yy = 0, xy = 0;
		for (int j : members) {
			double dx = j % cw - mx, dy = j / cw - my;
			xx += dx * dx;
			yy += dy * dy;
			xy += dx * dy;
		}
		int n = members.size();
		xx /= n;
		yy /= n;
		xy /= n;
		double mean = (xx + yy) / 2, d = Math.sqrt((xx - yy) * (xx - yy) / 4 + xy * xy);
		return Math.sqrt((mean + d) / Math.max(mean - d, 1.0 / 12));
	}

	/**
	 * A granule's peak is a maximum of the image, not only of its cell: where a dim cell borders a brighter
	 * one, the dim cell's brightest pixels lie on the border, below the neighbour's signal. (Within its own cell
	 * the marker may rise beside it: a granule pressed against a brighter one has a curvature maximum but no
	 * maximum of its own.)
	 */
	private boolean peakInWholeImage(int p) {
		int x = p % imageWidth, y = p / imageWidth;
		for (int dy = -PEAK_RADIUS; dy <= PEAK_RADIUS; dy++)
			for (int dx = -PEAK_RADIUS; dx <= PEAK_RADIUS; dx++) {
				int nx = x + dx, ny = y + dy;
				if (nx < 0 || ny < 0 || nx >= imageWidth || ny >= imageHeight) continue;
				int q = ny * imageWidth + nx;
				if (cells.pixels[q] != cell && smooth[q] > smooth[p]) return false;
			}
		return true;
	}

	/**
	 * A spot curves down in every direction: the smaller principal curvature of the smoothed marker (from second
	 * differences {@code step} pixels apart) exceeds its noise {@link #CURVATURE_Z} times. A ridge (the thick
	 * cytoplasm around a nucleus, a fibre, a membrane fold) curves down across itself only.
	 */
	private boolean curvesDownEveryWay(int p) {
		int s = curvatureStep, x = p % imageWidth, y = p / imageWidth;
		if (x < s || y < s || x + s >= imageWidth || y + s >= imageHeight) return true;
		int dx = s, dy = s * imageWidth;
		double c = smooth[p];
		double xx = 2 * c - smooth[p - dx] - smooth[p + dx], yy = 2 * c - smooth[p - dy] - smooth[p + dy];
		double xy = -(smooth[p + dx + dy] + smooth[p - dx - dy] - smooth[p + dx - dy] - smooth[p - dx + dy]) / 4;
		double mean = (xx + yy) / 2, d = Math.sqrt((xx - yy) * (xx - yy) / 4 + xy * xy);
		return mean - d >= CURVATURE_Z * texture * kCurvature * Math.sqrt(detector.variance(level[local(p)]));
	}

	/** The spot is near a neighbouring cell whose diffuse level is as bright as the spot's peak. */
	private boolean nextToBrighterCell(int seed, double radius) {
		int p = global(seed), px = p % imageWidth, py = p / imageWidth;
		int r = (int) Math.ceil(radius);
		float peak = smooth[p];
		for (int dy = -r; dy <= r; dy++)
			for (int dx = -r; dx <= r; dx++) {
				int x = px + dx, y = py + dy;
				if (x < 0 || y < 0 || x >= imageWidth || y >= imageHeight || dx * dx + dy * dy > radius * radius) continue;
				int other = cells.pixels[y * imageWidth + x];
				if (other != 0 && other != cell && other < cellLevels.length && cellLevels[other] >= BRIGHTER_NEIGHBOUR *
					peak) return true;
			}
		return false;
	}

	/** The smoothing's scale, back from its white-noise gain 1 / (2 sqrt(pi) sigma). */
	static double sigmaOf(double kSmooth) {
		return 1 / (2 * Math.sqrt(Math.PI) * kSmooth);
	}

	static int curvatureStep(double kSmooth) {
		return Math.max(1, (int) Math.round(1.5 * sigmaOf(kSmooth)));
	}

	private int local(int p) {
		return (p / imageWidth - y0) * cw + p % imageWidth - x0;
	}

	private int global(int j) {
		return (y0 + j / cw) * imageWidth + x0 + j % cw;
	}
}
