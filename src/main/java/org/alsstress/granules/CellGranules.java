package org.alsstress.granules;

import static org.alsstress.granules.GranuleDetector.*;

import java.awt.Polygon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import ij.process.FloatProcessor;

import org.alsstress.imaging.DistanceTransform;
import org.alsstress.imaging.Filters;
import org.alsstress.imaging.LabelImage;
import org.alsstress.imaging.RegionalMaxima;
import org.alsstress.imaging.RobustStatistics;
import org.alsstress.imaging.SeededWatershed;

/**
 * The detection in one cell, on the cell's bounding box. The surround of a spot is the cell's own smoothed
 * signal (a Gaussian average over its cytoplasm only, so that neither the nucleus, the background outside
 * nor a neighbouring cell pulls it), and a spot's height is its excess over that surround.
 */
final class CellGranules {

	final int cell;
	final int imageWidth;
	final float[] smooth, raw, dog;
	final double background;
	final int x0, y0, cw, ch;
	final boolean[] inside;
	/** Scratch for {@link #grow}: false everywhere between calls. */
	final boolean[] seen;
	final float[] height;
	final double baseline, noise, diffuse;
	final LabelImage cells;
	/** Every cell's median cytoplasm level: light from a brighter neighbour is no brighter than that neighbour. */
	final float[] cellLevels;
	final double minPart;
	final double sensitivity;

	CellGranules(int cell, int[] pixels, int imageWidth, float[] smooth, float[] raw, float[] dog,
		double background, double surround, LabelImage cells, double minPart, double sigma, float[] cellLevels,
		double sensitivity)
	{
		this.dog = dog;
		this.sensitivity = sensitivity;
		this.cells = cells;
		this.cellLevels = cellLevels;
		this.minPart = minPart;
		this.cell = cell;
		this.imageWidth = imageWidth;
		this.smooth = smooth;
		this.raw = raw;
		this.background = background;
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
		inside = new boolean[cw * ch];
		seen = new boolean[cw * ch];
		float[] masked = new float[cw * ch], weight = new float[cw * ch];
		for (int p : pixels) {
			int j = local(p);
			inside[j] = true;
			masked[j] = smooth[p];
			weight[j] = 1;
		}
		float[] sum = (float[]) Filters.gaussian(new FloatProcessor(cw, ch, masked), surround).getPixels();
		float[] norm = (float[]) Filters.gaussian(new FloatProcessor(cw, ch, weight), surround).getPixels();
		height = new float[cw * ch];
		float[] values = new float[pixels.length];
		float[] levels = new float[pixels.length];
		int n = 0;
		for (int p : pixels) {
			int j = local(p);
			height[j] = smooth[p] - sum[j] / Math.max(norm[j], 1e-6f);
			values[n] = height[j];
			levels[n++] = smooth[p];
		}
		baseline = RobustStatistics.median(values, n);
		noise = Math.max(1e-6, pixelNoise(pixels, imageWidth, raw, cells, cell) / (2 * Math.sqrt(Math.PI) * sigma));
		diffuse = Math.max(1e-6, RobustStatistics.median(levels, n) - background);
		for (int j = 0; j < height.length; j++)
			height[j] -= baseline;
	}

	void find(double minHeight, double broadHeight, double broadArea, double maxArea, LabelImage labels,
		List<Granule> granules)
	{
		Polygon maxima = RegionalMaxima.find(height, cw, ch, SPLIT_DIP * noise, inside);
		LabelImage seeds = new LabelImage(cw, ch);
		List<Integer> seedPixels = new ArrayList<>();
		for (int m = 0; m < maxima.npoints; m++) {
			int j = maxima.ypoints[m] * cw + maxima.xpoints[m];
			if (height[j] < minHeight || !peakInWholeImage(global(j))) continue;
			seedPixels.add(j);
			seeds.pixels[j] = seedPixels.size();
		}
		if (seedPixels.isEmpty()) return;
		boolean[] flood = new boolean[cw * ch];
		float[] elevation = new float[cw * ch];
		double low = Math.min(2 * noise, minHeight * EXTENT);
		for (int j = 0; j < flood.length; j++) {
			flood[j] = inside[j] && height[j] >= low;
			elevation[j] = -height[j];
		}
		LabelImage regions = SeededWatershed.flood(elevation, seeds, flood);
		for (int s = 0; s < seedPixels.size(); s++)
			measure(s + 1, seedPixels.get(s), regions, broadHeight, broadArea, maxArea, labels, granules);
	}

	/**
	 * Granules the first pass left out: maxima of a band-pass of the marker (a blob's centre, even on the
	 * flank of a brighter granule that leaves it no maximum of its own) away from every granule found. One
	 * far from every granule (a faint granule on its own) must respond more, keep clear of the cell's free
	 * edge and be round: in unstressed cells, fibre crossings and membrane ruffles are such maxima too. In a
	 * cell that already holds granules ({@code stressedCell}), such a faint granule is judged against its own
	 * surroundings instead: its response and its rise over the ring just outside it relative to that ring's
	 * level over the background, with a stricter noise floor; an unstressed cell never gets this benefit.
	 */
	void shoulders(double reach, double edge, double maxArea, LabelImage labels, List<Granule> granules,
		boolean stressedCell)
	{
		double minResponse = shoulderResponse(), minRing = SHOULDER_RING / sensitivity * diffuse;
		// a cheap first cut: away from the free edge the local level is seldom below half the cell's median
		double firstCut = stressedCell ? 0.5 * minResponse : minResponse;
		for (int y = 2; y < ch - 2; y++)
			for (int x = 2; x < cw - 2; x++) {
				int j = y * cw + x;
				if (!inside[j]) continue;
				int p = global(j);
				float v = dog[p];
				if (v < firstCut) continue;
				boolean max = true, nearGranule = false;
				for (int dy = -2; dy <= 2 && max; dy++)
					for (int dx = -2; dx <= 2; dx++) {
						int q = p + dy * imageWidth + dx;
						if (dog[q] > v || dog[q] == v && q < p) {
							max = false;
							break;
						}
						if (Math.abs(dx) <= 1 && Math.abs(dy) <= 1 && labels.pixels[q] != 0) nearGranule = true;
					}
				if (!max || nearGranule) continue;
				boolean isolated = !anyWithin(p, reach, q -> labels.pixels[q] != 0 && granules.get(labels.pixels[q] - 1)
					.cellId == cell);
				if (stressedCell && !isolated) continue;
				// pixels outside every cell nearby: p is near the cell's free edge
				if (isolated && (!stressedCell && v < ISOLATED_FACTOR * minResponse || anyWithin(p, edge, q -> cells.pixels[q] == 0)))
					continue;
				double cut = 0.5 * v;
				List<Integer> members = grow(j, n -> inside[n] && dog[global(n)] >= cut && labels.pixels[global(n)] == 0);
				int area = members.size();
				double r = Math.sqrt(area / Math.PI);
				double ringLevel = ringLevel(j, r + RING_GAP), ring = smooth[p] - ringLevel;
				boolean strong = stressedCell ? standsOutLocally(v, ring, ringLevel - background)
					: v >= minResponse && ring >= minRing;
				if (!strong || area > maxArea || touchesOtherCell(members) || nextToBrighterCell(j, r + NEIGHBOUR_REACH))
					continue;
				if (isolated && elongation(members) > ISOLATED_ELONGATION) continue;
				add(members, height[j], true, labels, granules);
			}
	}

	/** Band-pass response a granule found by the band-pass needs: over the cell's noise and its diffuse level. */
	private double shoulderResponse() {
		return Math.max(SHOULDER_NOISE * noise, SHOULDER_MARGIN * diffuse) / sensitivity;
	}

	/** A faint granule of a stressed cell against the level of the ring just outside it (over the background). */
	private boolean standsOutLocally(double response, double ring, double local) {
		return response >= Math.max(LOCAL_RESPONSE * local, LOCAL_NOISE * noise) / sensitivity && ring >=
			LOCAL_RING * local / sensitivity;
	}

	/**
	 * Granules pressed against a brighter one, on its flank, may leave no band-pass maximum of their own. A
	 * granule is point-symmetric about its centre (round or elliptical alike), and so is its band-pass, which
	 * also cancels a linear slope of the diffuse level: the band-pass minus its reflection through the
	 * centre of each granule of this cell removes that granule and leaves its partner. A partner must respond
	 * like a granule found by the second pass, stand above the cell's surround, be dimmer and no larger than
	 * the granule and be round.
	 */
	void partners(int first, double reach, LabelImage labels, List<Granule> granules) {
		int last = granules.size();
		double minResponse = shoulderResponse();
		float[] residual = new float[cw * ch];
		boolean[] valid = new boolean[cw * ch];
		for (int g = first; g < last; g++) {
			Granule granule = granules.get(g);
			List<Integer> near = new ArrayList<>();
			double peak = reflectedResidual(granule, reach, labels, residual, valid, near);
			for (int j : near) {
				float v = residual[j];
				if (v < minResponse || height[j] < minResponse || smooth[global(j)] > PARTNER_DIMMER * peak ||
					labels.pixels[global(j)] != 0 || !highestAround(j, residual, valid)) continue;
				List<Integer> members = grow(j, n -> valid[n] && residual[n] >= 0.5 * v && labels.pixels[global(n)] == 0);
				if (members.size() < PARTNER_MIN_PART * minPart || members.size() > granule.areaPx ||
					touchesOtherCell(members) || elongation(members) > ISOLATED_ELONGATION) continue;
				add(members, height[j], false, labels, granules);
			}
			for (int j : near)
				valid[j] = false;
		}
	}

	/**
	 * Fills {@code residual} (marking {@code valid} and listing in {@code near}) on this cell's free cytoplasm
	 * within {@code reach} of the granule's outline whose reflection is free cytoplasm too; returns the
	 * granule's smoothed peak.
	 */
	private double reflectedResidual(Granule granule, double reach, LabelImage labels, float[] residual,
		boolean[] valid, List<Integer> near)
	{
		double cx = granule.x - x0, cy = granule.y - y0, outer = Math.sqrt(granule.areaPx / Math.PI) + reach;
		double peak = Double.NEGATIVE_INFINITY;
		for (int y = Math.max(0, (int) (cy - outer)); y <= Math.min(ch - 1, (int) (cy + outer)); y++)
			for (int x = Math.max(0, (int) (cx - outer)); x <= Math.min(cw - 1, (int) (cx + outer)); x++) {
				int j = y * cw + x, label = labels.pixels[global(j)];
				if (label == granule.id) peak = Math.max(peak, smooth[global(j)]);
				double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
				if (dx * dx + dy * dy > outer * outer || !inside[j] || label != 0) continue;
				double mirror = bandPassAt(cx - dx - 0.5, cy - dy - 0.5, granule.id, labels);
				if (Double.isNaN(mirror)) continue;
				residual[j] = (float) (dog[global(j)] - mirror);
				valid[j] = true;
				near.add(j);
			}
		return peak;
	}

	/** The band-pass at local position (u, v), interpolated; NaN where that is not this cell's free cytoplasm. */
	private double bandPassAt(double u, double v, int own, LabelImage labels) {
		int x = (int) Math.floor(u), y = (int) Math.floor(v);
		if (x < 0 || y < 0 || x + 1 >= cw || y + 1 >= ch) return Double.NaN;
		double sum = 0, fx = u - x, fy = v - y;
		for (int k = 0; k < 4; k++) {
			int j = (y + k / 2) * cw + x + k % 2, label = labels.pixels[global(j)];
			if (!inside[j] || label != 0 && label != own) return Double.NaN;
			sum += dog[global(j)] * (k % 2 == 0 ? 1 - fx : fx) * (k / 2 == 0 ? 1 - fy : fy);
		}
		return sum;
	}

	/** No valid pixel within 2 pixels is higher. */
	private boolean highestAround(int j, float[] values, boolean[] valid) {
		int x = j % cw, y = j / cw;
		for (int ny = Math.max(0, y - 2); ny <= Math.min(ch - 1, y + 2); ny++)
			for (int nx = Math.max(0, x - 2); nx <= Math.min(cw - 1, x + 2); nx++) {
				int n = ny * cw + nx;
				if (valid[n] && (values[n] > values[j] || values[n] == values[j] && n < j)) return false;
			}
		return true;
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

	/** Some pixel within {@code reach} pixels of p passes the test. */
	private boolean anyWithin(int p, double reach, IntPredicate test) {
		int px = p % imageWidth, py = p / imageWidth, h = smooth.length / imageWidth, r = (int) Math.ceil(reach);
		for (int y = Math.max(0, py - r); y <= Math.min(h - 1, py + r); y++)
			for (int x = Math.max(0, px - r); x <= Math.min(imageWidth - 1, px + r); x++)
				if ((x - px) * (x - px) + (y - py) * (y - py) <= reach * reach && test.test(y * imageWidth + x))
					return true;
		return false;
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
		return elongation(xx / n, yy / n, xy / n);
	}

	/**
	 * A granule's peak is a maximum of the image, not only of its cell: where a dim cell borders a brighter
	 * one, the dim cell's brightest pixels lie on the border, below the neighbour's signal.
	 */
	private boolean peakInWholeImage(int p) {
		int x = p % imageWidth, y = p / imageWidth, h = smooth.length / imageWidth;
		for (int dy = -PEAK_RADIUS; dy <= PEAK_RADIUS; dy++)
			for (int dx = -PEAK_RADIUS; dx <= PEAK_RADIUS; dx++) {
				int nx = x + dx, ny = y + dy;
				if (nx < 0 || ny < 0 || nx >= imageWidth || ny >= h) continue;
				int lx = nx - x0, ly = ny - y0;
				boolean own = lx >= 0 && ly >= 0 && lx < cw && ly < ch && inside[ly * cw + lx];
				boolean near = Math.abs(dx) <= 1 && Math.abs(dy) <= 1;
				// beside the peak the smoothed marker may rise by no more than noise (the maximum of the height
				// over the surround can sit a pixel off the maximum of a saturated plateau)
				double allowed = own ? near ? noise : Double.POSITIVE_INFINITY : 0;
				if (smooth[ny * imageWidth + nx] > smooth[p] + allowed) return false;
			}
		return true;
	}

	private int local(int p) {
		return (p / imageWidth - y0) * cw + p % imageWidth - x0;
	}

	private int global(int j) {
		return (y0 + j / cw) * imageWidth + x0 + j % cw;
	}

	/** The granule grown from one seed: its part above half the peak height that is connected to the seed. */
	private void measure(int region, int seed, LabelImage regions, double broadHeight, double broadArea,
		double maxArea, LabelImage labels, List<Granule> granules)
	{
		double cut = EXTENT * height[seed];
		List<Integer> members = grow(seed, n -> regions.pixels[n] == region && height[n] >= cut);
		int area = members.size();
		if (area > maxArea || area > broadArea && height[seed] < broadHeight || touchesOtherCell(members)
			|| nextToBrighterCell(seed, Math.sqrt(area / Math.PI) + NEIGHBOUR_REACH)) return;
		if (smooth[global(seed)] - ringLevel(seed, Math.sqrt(area / Math.PI) + RING_GAP) < LOCAL_FACTOR * broadHeight
			/ BROAD_FACTOR) return;
		List<List<Integer>> parts = splitByShape(members);
		for (List<Integer> part : parts)
			add(part, height[seed], parts.size() == 1, labels, granules);
	}

	private void add(List<Integer> members, double peak, boolean checkShape, LabelImage labels,
		List<Granule> granules)
	{
		int area = members.size();
		if (checkShape && area >= 10 && elongation(members) > MAX_ELONGATION) return;
		double sx = 0, sy = 0, sum = 0;
		for (int j : members) {
			sx += j % cw;
			sy += j / cw;
			sum += raw[global(j)];
		}
		double mx = sx / area, my = sy / area;
		int id = granules.size() + 1;
		for (int j : members)
			labels.pixels[global(j)] = id;
		double mean = sum / area;
		granules.add(new Granule(id, cell, x0 + mx + 0.5, y0 + my + 0.5, area, mean, sum, (mean - background) /
			diffuse, peak / noise));
	}

	/**
	 * Two granules pressed together have no dip between them, but their outline has a waist: the distance
	 * transform of the outline has one maximum per granule, and a watershed from those splits it.
	 */
	private List<List<Integer>> splitByShape(List<Integer> members) {
		if (members.size() < 2 * minPart) return List.of(members);
		int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
		for (int j : members) {
			minX = Math.min(minX, j % cw);
			minY = Math.min(minY, j / cw);
			maxX = Math.max(maxX, j % cw);
			maxY = Math.max(maxY, j / cw);
		}
		int bw = maxX - minX + 3, bh = maxY - minY + 3;
		boolean[] mask = new boolean[bw * bh];
		for (int j : members)
			mask[(j / cw - minY + 1) * bw + j % cw - minX + 1] = true;
		float[] distance = DistanceTransform.insideDistance(mask, bw, bh);
		Polygon centres = RegionalMaxima.find(distance, bw, bh, SHAPE_SPLIT, mask);
		if (centres.npoints < 2) return List.of(members);
		float[] elevation = new float[distance.length];
		for (int i = 0; i < elevation.length; i++)
			elevation[i] = -distance[i];
		LabelImage pieces = SeededWatershed.flood(elevation, RegionalMaxima.seeds(centres, bw, bh), mask);
		List<List<Integer>> parts = new ArrayList<>();
		for (int k = 0; k < centres.npoints; k++)
			parts.add(new ArrayList<>());
		for (int j : members) {
			int piece = pieces.pixels[(j / cw - minY + 1) * bw + j % cw - minX + 1];
			if (piece > 0) parts.get(piece - 1).add(j);
		}
		for (List<Integer> part : parts)
			if (part.size() < minPart) return List.of(members);
		return parts;
	}

	/**
	 * Median of the smoothed marker on a ring around the spot, within this cell's cytoplasm: a granule has
	 * an edge, so the ring just outside it lies at the diffuse level; a bump of the cytoplasm's texture
	 * slopes gently, and the ring still lies high on its flanks.
	 */
	private double ringLevel(int seed, double radius) {
		int sx = seed % cw, sy = seed / cw, r = (int) Math.ceil(radius + 0.5);
		float[] values = new float[(2 * r + 1) * (2 * r + 1)];
		int n = 0;
		for (int dy = -r; dy <= r; dy++)
			for (int dx = -r; dx <= r; dx++) {
				double d = Math.sqrt(dx * dx + dy * dy);
				int x = sx + dx, y = sy + dy;
				if (Math.abs(d - radius) > 0.5 || x < 0 || y < 0 || x >= cw || y >= ch || !inside[y * cw + x]) continue;
				values[n++] = smooth[global(y * cw + x)];
			}
		return n == 0 ? Double.NEGATIVE_INFINITY : RobustStatistics.median(values, n);
	}

	/**
	 * The camera's noise in this cell, without the texture of the cytoplasm: the robust spread of the
	 * differences between horizontal neighbours, which cancel anything smoother than a pixel. After the
	 * Gaussian smoothing it falls by 2 sqrt(pi) sigma (white noise).
	 */
	private static double pixelNoise(int[] pixels, int width, float[] raw, LabelImage cells, int cell) {
		float[] differences = new float[pixels.length];
		int n = 0;
		for (int p : pixels)
			if ((p + 1) % width != 0 && cells.pixels[p + 1] == cell) differences[n++] = raw[p + 1] - raw[p];
		return RobustStatistics.madSigma(differences, n) / Math.sqrt(2);
	}

	/** The spot is near a neighbouring cell whose diffuse level is as bright as the spot's peak. */
	private boolean nextToBrighterCell(int seed, double radius) {
		int p = global(seed), px = p % imageWidth, py = p / imageWidth, h = smooth.length / imageWidth;
		int r = (int) Math.ceil(radius);
		float peak = smooth[p];
		for (int dy = -r; dy <= r; dy++)
			for (int dx = -r; dx <= r; dx++) {
				int x = px + dx, y = py + dy;
				if (x < 0 || y < 0 || x >= imageWidth || y >= h || dx * dx + dy * dy > radius * radius) continue;
				int other = cells.pixels[y * imageWidth + x];
				if (other != 0 && other != cell && other < cellLevels.length && cellLevels[other] >= BRIGHTER_NEIGHBOUR *
					peak) return true;
			}
		return false;
	}

	/** Spots on the border with a brighter neighbour are that neighbour's signal seen through a misplaced border. */
	private boolean touchesOtherCell(List<Integer> members) {
		int h = smooth.length / imageWidth;
		for (int j : members) {
			int p = global(j), x = p % imageWidth, y = p / imageWidth;
			if (x > 0 && other(p - 1) || x < imageWidth - 1 && other(p + 1) || y > 0 && other(p - imageWidth) ||
				y < h - 1 && other(p + imageWidth)) return true;
		}
		return false;
	}

	private boolean other(int p) {
		int l = cells.pixels[p];
		return l != 0 && l != cell;
	}

	private static double elongation(double xx, double yy, double xy) {
		double mean = (xx + yy) / 2, d = Math.sqrt((xx - yy) * (xx - yy) / 4 + xy * xy);
		return Math.sqrt((mean + d) / Math.max(mean - d, 1.0 / 12));
	}
}
