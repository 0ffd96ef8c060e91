package org.alsstress.granules;

import java.util.List;

import ij.process.FloatProcessor;

import org.alsstress.imaging.DistanceTransform;
import org.alsstress.imaging.Filters;
import org.alsstress.imaging.LabelImage;
import org.alsstress.imaging.RobustStatistics;
import org.alsstress.imaging.SeededWatershed;
import org.alsstress.imaging.Thresholds;

/**
 * One cell territory per nucleus: a watershed seeded with the nuclei over the
 * edges of the cytoplasm signal (the gradient of its logarithm, so that a dim
 * cell next to a bright one is bounded where the brightness steps), within a
 * maximum distance of the nucleus, and trimmed to where the signal stands
 * clearly above the background relative to that cell's own level. A cell's
 * label is its nucleus's label.
 */
public final class CellSegmenter {

	/** A pixel belongs to a cell only above this fraction of the cell's perinuclear level over background. */
	static final double CELL_LEVEL_FRACTION = 0.35;

	/** Width (in nucleus diameters) of the band around a nucleus where the marker's edges are ignored. */
	static final double NUCLEAR_RIM = 0.12;

	private CellSegmenter() {}

	public static LabelImage segment(FloatProcessor cytoplasm, Nuclei nuclei, SegmentationSettings settings) {
		return segment(cytoplasm, List.of(), nuclei, settings);
	}

	/**
	 * @param borderChannels further channels whose steps also bound the cells (the granule marker beside a cell
	 *          marker, an apoptosis marker): cells differ in their expression of each marker independently, so
	 *          a border faint in one channel is often clear in another, and a shrunken apoptotic cell stands
	 *          out in the apoptosis channel from neighbours as bright as itself in the others
	 */
	public static LabelImage segment(FloatProcessor cytoplasm, List<FloatProcessor> borderChannels, Nuclei nuclei,
		SegmentationSettings settings)
	{
		int w = cytoplasm.getWidth(), h = cytoplasm.getHeight();
		double nucleus = settings.px(settings.nucleusDiameterUm);
		double sigma = Math.max(1, settings.px(0.5));
		float[] smooth = (float[]) Filters.gaussian(cytoplasm, sigma).getPixels();
		boolean[] nucleusMask = nuclei.labels.mask();
		float[] toNucleus = DistanceTransform.distanceTo(nucleusMask, w, h);
		double reach = settings.maxCellReach * nucleus;
		boolean[] reachable = new boolean[smooth.length];
		for (int i = 0; i < reachable.length; i++)
			reachable[i] = toNucleus[i] <= reach;
		double background = background(smooth, reachable);

		float[] elevation = new float[smooth.length], log = new float[smooth.length];
		addElevation(smooth, background, w, h, toNucleus, nucleus, log, elevation);
		for (FloatProcessor channel : borderChannels) {
			float[] other = (float[]) Filters.gaussian(channel, sigma).getPixels();
			addElevation(other, background(other, reachable), w, h, toNucleus, nucleus, log, elevation);
		}
		LabelImage cells = SeededWatershed.flood(elevation, nuclei.labels, reachable);
		trim(cells, smooth, background, nuclei, toNucleus, nucleus);
		return cells;
	}

	/** The level of pixels far from every nucleus, or a low quantile of the field when cells fill it. */
	static double background(float[] smooth, boolean[] nearNuclei) {
		float[] far = new float[smooth.length];
		int n = 0;
		for (int i = 0; i < smooth.length; i++)
			if (!nearNuclei[i]) far[n++] = smooth[i];
		if (n > smooth.length / 50) return RobustStatistics.median(far, n);
		return RobustStatistics.quantile(smooth, smooth.length, 0.01);
	}

	/**
	 * Adds to {@code elevation} the gradient magnitude of log(signal - background), plus a little distance so that
	 * flat areas split evenly; {@code log} is scratch space.
	 */
	private static void addElevation(float[] smooth, double background, int w, int h, float[] toNucleus,
		double nucleus, float[] log, float[] elevation)
	{
		double floor = 1e-3 + Math.max(1, 0.02 * Math.abs(background));
		for (int i = 0; i < log.length; i++)
			log[i] = (float) Math.log(Math.max(smooth[i] - background, 0) + floor);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				int i = y * w + x;
				float gx = log[y * w + Math.min(w - 1, x + 1)] - log[y * w + Math.max(0, x - 1)];
				float gy = log[Math.min(h - 1, y + 1) * w + x] - log[Math.max(0, y - 1) * w + x];
				// the nucleus's own edge must not wall its cell in
				double edge = toNucleus[i] <= NUCLEAR_RIM * nucleus ? 0 : Math.sqrt(gx * gx + gy * gy);
				elevation[i] += (float) (edge + 0.05 * toNucleus[i] / nucleus);
			}
	}

	/** Drops cell pixels that are background for that cell, keeping the part connected to its nucleus. */
	private static void trim(LabelImage cells, float[] smooth, double background, Nuclei nuclei, float[] toNucleus,
		double nucleus)
	{
		int max = cells.maxLabel();
		float[][] ring = new float[max + 1][];
		int[] ringCount = new int[max + 1];
		int[] size = new int[max + 1];
		for (int i = 0; i < smooth.length; i++)
			if (cells.pixels[i] > 0 && toNucleus[i] > 0 && toNucleus[i] <= 0.25 * nucleus) size[cells.pixels[i]]++;
		for (int l = 1; l <= max; l++)
			ring[l] = new float[size[l]];
		for (int i = 0; i < smooth.length; i++) {
			int l = cells.pixels[i];
			if (l > 0 && toNucleus[i] > 0 && toNucleus[i] <= 0.25 * nucleus) ring[l][ringCount[l]++] = smooth[i];
		}
		double[] cutoff = new double[max + 1];
		// where the field has clear background, its edge (triangle threshold) also bounds dim cells
		double field = Thresholds.triangle(smooth);
		for (int l = 1; l <= max; l++) {
			double level = ringCount[l] == 0 ? background : RobustStatistics.quantileInPlace(ring[l], ringCount[l], 0.75);
			double own = Math.max(0, level - background);
			cutoff[l] = Math.max(background + CELL_LEVEL_FRACTION * own, Math.min(field, background + 0.5 * own));
		}
		boolean[] keep = new boolean[smooth.length];
		for (int i = 0; i < smooth.length; i++) {
			int l = cells.pixels[i];
			keep[i] = l > 0 && (nuclei.labels.pixels[i] > 0 || smooth[i] > cutoff[l]);
		}
		// keep only what is connected to the nucleus
		int w = cells.width, h = cells.height;
		boolean[] reached = new boolean[keep.length];
		int[] queue = new int[keep.length];
		int tail = 0;
		for (int i = 0; i < keep.length; i++)
			if (nuclei.labels.pixels[i] > 0 && cells.pixels[i] > 0) {
				reached[i] = true;
				queue[tail++] = i;
			}
		spread(reached, queue, tail, w, h, (p, n) -> keep[n] && cells.pixels[n] == cells.pixels[p]);
		boolean[] hole = holes(reached, cells, w, h, queue);
		for (int i = 0; i < keep.length; i++)
			if (!reached[i] && !hole[i]) cells.pixels[i] = 0;
	}

	/**
	 * Territory pixels dropped by the trim that are enclosed by kept cell pixels: a dip of the cell marker's
	 * texture inside a cell, not background (granules sit in such dips as anywhere else).
	 */
	/** @param queue room for every pixel (its contents are not used) */
	private static boolean[] holes(boolean[] kept, LabelImage territories, int w, int h, int[] queue) {
		boolean[] open = new boolean[kept.length];
		int tail = 0;
		for (int i = 0; i < kept.length; i++) {
			int x = i % w, y = i / w;
			if (!kept[i] && (territories.pixels[i] == 0 || x == 0 || y == 0 || x == w - 1 || y == h - 1)) {
				open[i] = true;
				queue[tail++] = i;
			}
		}
		spread(open, queue, tail, w, h, (p, n) -> !kept[n]);
		boolean[] hole = new boolean[kept.length];
		for (int i = 0; i < kept.length; i++)
			hole[i] = !kept[i] && !open[i];
		return hole;
	}

	/** Whether a flood may step from pixel p to its 4-neighbour n. */
	private interface Step {
		boolean allowed(int p, int n);
	}

	/**
	 * Marks every pixel 4-connected to the first {@code tail} queued (already marked) pixels through allowed
	 * steps; {@code queue} must have room for every pixel.
	 */
	private static void spread(boolean[] marked, int[] queue, int tail, int w, int h, Step step) {
		for (int head = 0; head < tail; head++) {
			int p = queue[head], x = p % w, y = p / w;
			if (x > 0) tail = visit(p, p - 1, marked, queue, tail, step);
			if (x < w - 1) tail = visit(p, p + 1, marked, queue, tail, step);
			if (y > 0) tail = visit(p, p - w, marked, queue, tail, step);
			if (y < h - 1) tail = visit(p, p + w, marked, queue, tail, step);
		}
	}

	private static int visit(int p, int n, boolean[] marked, int[] queue, int tail, Step step) {
		if (marked[n] || !step.allowed(p, n)) return tail;
		marked[n] = true;
		queue[tail] = n;
		return tail + 1;
	}
}
