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

	final int cell;
	final int imageWidth, imageHeight;
	final float[] smooth, raw;
	final DetectorNoise detector;
	final double kDog, kLaplacian, kCurvature, background;
	final int curvatureStep;
	/** No granule is larger than the largest granule diameter allows (1.5 times its disc). */
	double maxArea = Double.POSITIVE_INFINITY;
	/** A coarser scale than the smallest granule's: shapes are judged on the finely smoothed marker. */
	boolean coarse;
	final int x0, y0, cw, ch;
	final boolean[] inside;
	/** Scratch for {@link #grow}: false everywhere between calls. */
	final boolean[] seen;
	/** The smoothed marker (NaN far outside the cytoplasm), the band-pass, the local level (the surround) and z, on the bounding box. */
	final float[] s1, dog, level, z;
	final double sigma;
	/** The cell's texture factor: its null SD of z over the detector's alone; and the null median of z. */
	double texture, median;
	/**
	 * The rim along the cell's free edge (next to the background or another cell, not the nucleus) has its own
	 * null: the band-pass is shaped there by the edge (protrusions, a bright membrane, a misplaced border).
	 */
	boolean[] rim, excludedMask, strongMask;
	double rimMedian, rimSpread;
	/** Median smoothed marker in the cytoplasm minus the background. */
	final double diffuse;
	/** Local maxima of z in the cytoplasm (the tests), and null samples (minus z at its local minima). */
	int tests;
	Polygon candidates;
	double[] nullSamples;
	int nullCount;
	final LabelImage cells;
	final float[] cellLevels;

	CellGranules(int cell, int[] pixels, int imageWidth, float[] smooth, float[] raw, DetectorNoise detector,
		double background, double sigma, double surroundSigma, double kDog, double kLaplacian, LabelImage cells,
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
		this.sigma = sigma;
		this.kLaplacian = kLaplacian;
		this.curvatureStep = Math.max(1, (int) Math.round(1.5 * sigma));
		this.kCurvature = GranuleDetector.curvatureNorm(sigma, curvatureStep);
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
		s1 = new float[n];
		float[] weight = new float[n], surroundWeight = new float[n];
		float[] levels = new float[pixels.length];
		int k = 0;
		for (int p : pixels) {
			int j = local(p);
			inside[j] = true;
			s1[j] = level[j] = raw[p];
			weight[j] = surroundWeight[j] = 1;
			levels[k++] = smooth[p];
		}
		diffuse = Math.max(1e-6, RobustStatistics.median(levels, k) - background);
		// both the smoothing and the surround are normalised convolutions over the cytoplasm: the nucleus, the
		// outside and the neighbours neither darken the cell's rim nor brighten it
		double wide = Math.sqrt(sigma * sigma + surroundSigma * surroundSigma);
		Gaussian.blurInPlace(new FloatProcessor(cw, ch, s1), sigma);
		// near the cell's outline the smoothing averages fewer pixels, and its noise is larger: the variance of a
		// normalised convolution is sum(g^2 m) / sum(g m)^2, and g^2 is a Gaussian of sigma / sqrt 2
		float[] squares = new float[n];
		for (int p : pixels)
			squares[local(p)] = 1;
		Gaussian.blurInPlace(new FloatProcessor(cw, ch, squares), sigma / Math.sqrt(2));
		Gaussian.blurInPlace(new FloatProcessor(cw, ch, weight), sigma);
		Gaussian.blurInPlace(new FloatProcessor(cw, ch, level), wide);
		Gaussian.blurInPlace(new FloatProcessor(cw, ch, surroundWeight), wide);
		dog = new float[n];
		z = weight;
		for (int j = 0; j < n; j++) {
			s1[j] = weight[j] > 0.05f ? s1[j] / weight[j] : Float.NaN;
			if (!inside[j]) {
				level[j] = 0;
				z[j] = 0;
				continue;
			}
			level[j] /= Math.max(surroundWeight[j], 1e-6f);
			dog[j] = s1[j] - level[j];
			double inflation = Math.sqrt(Math.max(1, squares[j] / Math.max(weight[j] * weight[j], 1e-6f)));
			z[j] = (float) (dog[j] / (kDog * inflation * Math.sqrt(detector.variance(level[j]))));
		}
		texture = textureFactor(surroundSigma);
		for (int j = 0; j < n; j++)
			if (inside[j]) z[j] = (float) (rim[j] ? (z[j] - rimMedian) / rimSpread : (z[j] - median) / texture);
		candidatesAndNull(excludedMask, strongMask);
		excludedMask = strongMask = null;
	}

	/**
	 * The spread of the detector-normalised response (1 = detector noise only) from its lower side (median minus
	 * the 16th percentile), three times: each time without the surroundings (where the band-pass leaves its dark
	 * ring) of the spots that stand STRONG_SPOT spreads out of the last estimate, and without the cell's outline.
	 * The rim along the free edge gets its own median and spread (no smaller than the interior's).
	 */
	private double textureFactor(double surroundSigma) {
		int n = cw * ch, cytoplasm = 0;
		tests = 0;
		nullCount = 0;
		for (int j = 0; j < n; j++)
			if (inside[j]) cytoplasm++;
		float[] values = new float[n];
		int reach = (int) Math.ceil(2 * surroundSigma);
		// the cell's outline is left out too: the nucleus's rim and the free edge (a bright membrane, a dark
		// rim) shape the band-pass there unevenly, and a granule is rarely judged there
		boolean[] edge = new boolean[n];
		for (int j = 0; j < n; j++)
			edge[j] = !inside[j];
		dilate(edge, cw, ch, (int) Math.ceil(surroundSigma));
		int interior = 0;
		for (int j = 0; j < n; j++)
			if (inside[j] && !edge[j]) interior++;
		if (interior < 0.2 * cytoplasm) java.util.Arrays.fill(edge, false);
		boolean[] excluded = edge.clone();
		double spread = 1;
		for (int round = 0; round < 3; round++) {
			int m = 0;
			for (int j = 0; j < n; j++)
				if (inside[j] && !excluded[j]) values[m++] = z[j];
			if (m < 20) break;
			median = RobustStatistics.quantileInPlace(values, m, 0.5);
			double low = RobustStatistics.quantileInPlace(values, m, 0.1587);
			spread = Math.max(1e-3, median - low);
			if (round < 2) {
				excluded = strongSurroundings(median + STRONG_SPOT * spread, reach);
				for (int j = 0; j < n; j++)
					excluded[j] |= edge[j];
			}
		}
		boolean[] strong = strongSurroundings(median + STRONG_SPOT * spread, reach);
		rim = new boolean[n];
		for (int j = 0; j < n; j++) {
			int x = j % cw, y = j / cw;
			rim[j] = !inside[j] && cells.pixels[global(j)] != cell || x == 0 || y == 0 || x == cw - 1 || y == ch - 1;
		}
		dilate(rim, cw, ch, (int) Math.ceil(RIM_WIDTH * Math.sqrt(sigma * sigma + surroundSigma * surroundSigma)));
		int m = 0;
		for (int j = 0; j < n; j++) {
			rim[j] &= inside[j];
			if (rim[j] && !strong[j]) values[m++] = z[j];
		}
		rimMedian = median;
		rimSpread = spread;
		if (m >= 20) {
			rimMedian = RobustStatistics.quantileInPlace(values, m, 0.5);
			rimSpread = Math.max(spread, rimMedian - RobustStatistics.quantileInPlace(values, m, 0.1587));
		}
		excludedMask = excluded;
		strongMask = strong;
		return spread;
	}

	/** Pixels within {@code reach} of a cytoplasm pixel whose (detector-normalised) response exceeds {@code strong}. */
	private boolean[] strongSurroundings(double strong, int reach) {
		boolean[] mask = new boolean[cw * ch];
		for (int j = 0; j < mask.length; j++)
			mask[j] = inside[j] && z[j] > strong;
		dilate(mask, cw, ch, reach);
		return mask;
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
		Polygon maxima = candidates;
		candidates = null;
		LabelImage seeds = new LabelImage(cw, ch);
		List<Integer> seedPixels = new ArrayList<>();
		for (int m = 0; m < maxima.npoints; m++) {
			int j = extremeZNear(maxima.ypoints[m] * cw + maxima.xpoints[m], 1);
			if (z[j] < zStar || seeds.pixels[j] != 0 || !peakInWholeImage(global(j))) continue;
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

	/** The pixel of highest (sign 1) or lowest (-1) z within one pixel (the split map's extremum can sit a pixel off z's). */
	private int extremeZNear(int j, int sign) {
		int x = j % cw, y = j / cw, best = j;
		for (int ny = Math.max(0, y - 1); ny <= Math.min(ch - 1, y + 1); ny++)
			for (int nx = Math.max(0, x - 1); nx <= Math.min(cw - 1, x + 1); nx++) {
				int q = ny * cw + nx;
				if (inside[q] && sign * z[q] > sign * z[best]) best = q;
			}
		return best;
	}

	/**
	 * The curvature of the smoothed marker (minus its Laplacian, times {@code sign}) over its noise at the signal's
	 * own level: touching granules without a dip between them still have a curvature maximum each. Linear in noise
	 * SDs up to RELATIVE_SPLIT, logarithmic above: a dip must be SPLIT_DIP noise SDs deep and, between strong
	 * maxima, a share of their height (shading within one granule is no dip).
	 */
	private float[] splitMap(int sign) {
		float[] split = new float[cw * ch];
		for (int y = 1; y < ch - 1; y++)
			for (int x = 1; x < cw - 1; x++) {
				int j = y * cw + x;
				if (!inside[j]) continue;
				double curvature = 4 * s1[j] - s1[j - 1] - s1[j + 1] - s1[j - cw] - s1[j + cw];
				double snr = Double.isNaN(curvature) ? 0 : sign * curvature / (kLaplacian * Math.sqrt(detector.variance(
					s1[j])));
				split[j] = (float) (snr <= 0 ? snr : RELATIVE_SPLIT * Math.log1p(snr / RELATIVE_SPLIT));
			}
		return split;
	}

	/**
	 * Tests: the local maxima (3 x 3) of z in the cytoplasm. Null samples: minus z at its local minima, which noise
	 * and texture, being symmetric, reach as often as the maxima (granules only make maxima); away from strong spots
	 * (whose band-pass has a dark ring) and the nucleus's rim, or on the free edge's rim (with its own null).
	 */
	private void extremaNull(boolean[] excluded, boolean[] strong) {
		tests = 0;
		nullSamples = new double[64];
		nullCount = 0;
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
				if (min && whole && (rim[j] ? !strong[j] : !excluded[j])) {
					if (nullCount == nullSamples.length) nullSamples = java.util.Arrays.copyOf(nullSamples, 2 * nullCount);
					nullSamples[nullCount++] = -v;
				}
			}
	}

	/**
	 * The candidates: maxima of the curvature with a noise-deep dip between them (each judged by the highest z
	 * beside it); the tests and the null samples from z's own local maxima and minima.
	 */
	private void candidatesAndNull(boolean[] excluded, boolean[] strong) {
		candidates = RegionalMaxima.find(splitMap(1), cw, ch, SPLIT_DIP, inside);
		extremaNull(excluded, strong);
	}

	/** The granule grown from one seed: its part above half the peak response that is connected to the seed. */
	private void measure(int region, int seed, LabelImage regions, LabelImage labels, List<Granule> granules,
		List<double[]> features)
	{
		double cut = EXTENT * dog[seed];
		List<Integer> members = grow(seed, n -> regions.pixels[n] == region && dog[n] >= cut);
		int area = members.size();
		if (area > maxArea) return;
		if (rim[seed] && !standsAboveItsRing(seed, Math.sqrt(area / Math.PI) + 2)) return;
		if (coarse) {
			// a coarse scale blurs a fibre into a blob: its shape is judged on the finely smoothed marker
			int top = seed;
			for (int j : members)
				if (smooth[global(j)] > smooth[global(top)]) top = j;
			int peak = top;
			double half = 0.5 * (smooth[global(peak)] + level[peak]);
			List<Integer> fine = grow(peak, q -> regions.pixels[q] == region && smooth[global(q)] >= half);
			if (fine.size() >= 6 && elongation(fine) > MAX_ELONGATION) return;
		}
		// curvature over the granule's own size (a saturated or flat top is flat at the finest scale)
		int step = Math.max(curvatureStep, (int) Math.round(0.7 * Math.sqrt(area / Math.PI)));
		if (!curvesDownEveryWay(seed, step)) return;
		// at a coarser scale: only a granule the finer scale missed altogether (a large one)
		for (int j : members)
			if (labels.pixels[global(j)] != 0) return;
		// a fibre or a fold: long, over the whole extent it stands out of the noise
		List<Integer> extent = grow(seed, n -> regions.pixels[n] == region && dog[n] >= cut / 2);
		if (extent.size() >= 6 && elongation(extent) > MAX_ELONGATION) return;
		if (nextToBrighterCell(seed, Math.sqrt(area / Math.PI) + NEIGHBOUR_REACH)) return;
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
		// debris: a speck many times brighter than the cell's diffuse level, beyond any granule's contrast
		boolean debris = (mean - background) / diffuse > DEBRIS_CONTRAST;
		granules.add(new Granule(id, cell, x0 + mx + 0.5, y0 + my + 0.5, area, mean, sum, (mean - background) / diffuse,
			z[seed], debris));
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
	 * differences {@code s} pixels apart) exceeds its noise {@link #CURVATURE_Z} times. A ridge (the thick
	 * cytoplasm around a nucleus, a fibre, a membrane fold) curves down across itself only.
	 */
	private boolean curvesDownEveryWay(int j, int s) {
		int x = j % cw, y = j / cw;
		if (x < s || y < s || x + s >= cw || y + s >= ch) return true;
		int dx = s, dy = s * cw;
		double c = s1[j];
		double xx = 2 * c - s1[j - dx] - s1[j + dx], yy = 2 * c - s1[j - dy] - s1[j + dy];
		double xy = -(s1[j + dx + dy] + s1[j - dx - dy] - s1[j + dx - dy] - s1[j - dx + dy]) / 4;
		if (Double.isNaN(xx + yy + xy)) return true;
		double mean = (xx + yy) / 2, d = Math.sqrt((xx - yy) * (xx - yy) / 4 + xy * xy);
		double gain = s == curvatureStep ? kCurvature : GranuleDetector.curvatureNorm(sigma, s);
		return mean - d >= CURVATURE_Z * texture * gain * Math.sqrt(detector.variance(level[j]));
	}

	/**
	 * On the free edge's rim, where the cell's outline may lie beyond the true edge, a step from the cytoplasm
	 * to the background looks like a spot to the band-pass: a granule stands above most of the ring just outside
	 * it (its upper quartile), by CURVATURE_Z times the smoothed marker's noise; a step's bright side does not.
	 */
	private boolean standsAboveItsRing(int seed, double radius) {
		int sx = seed % cw, sy = seed / cw, r = (int) Math.ceil(radius + 0.5);
		float[] values = new float[(2 * r + 1) * (2 * r + 1)];
		int n = 0;
		for (int dy = -r; dy <= r; dy++)
			for (int dx = -r; dx <= r; dx++) {
				int x = sx + dx, y = sy + dy;
				if (Math.abs(Math.sqrt(dx * dx + dy * dy) - radius) > 0.5 || x < 0 || y < 0 || x >= cw || y >= ch ||
					!inside[y * cw + x]) continue;
				values[n++] = s1[y * cw + x];
			}
		if (n < 4) return true;
		double upper = RobustStatistics.quantileInPlace(values, n, 0.75);
		double noise = texture * Math.sqrt(detector.variance(level[seed])) / (2 * Math.sqrt(Math.PI) * sigma);
		return s1[seed] - upper >= CURVATURE_Z * noise;
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

	private int local(int p) {
		return (p / imageWidth - y0) * cw + p % imageWidth - x0;
	}

	private int global(int j) {
		return (y0 + j / cw) * imageWidth + x0 + j % cw;
	}
}
