package org.alsstress.granules;

import java.util.ArrayList;
import java.util.List;

import ij.process.FloatProcessor;

import org.alsstress.imaging.Filters;
import org.alsstress.imaging.LabelImage;
import org.alsstress.imaging.RobustStatistics;

/**
 * Granules cell by cell. The marker is lightly smoothed; in every cell, a
 * spot's height is its excess over the cell's own surround (a Gaussian
 * average over that cell's cytoplasm only). A maximum is a granule when its
 * height exceeds a multiple of the cell's camera noise AND a relative margin
 * over the cell's diffuse level, and it also stands that much above a ring
 * just outside its outline: dim and bright cells are judged on the same
 * relative scale, the gentle texture of an unstressed cytoplasm is not a
 * granule, and neither is light from a brighter neighbour across a cell
 * border. Maxima without a clear dip between them are one granule; granules
 * pressed together are split at the waist of their outline; each granule
 * extends to half its peak height. A second pass finds the granules this
 * leaves out, fainter ones pressed against a brighter granule (they have no
 * maximum of their own, only a shoulder on its flank): maxima of a band-pass
 * of the marker away from every granule found, with their own thresholds
 * over the cell's noise and diffuse level. A third pass finds partners on the
 * flank of a granule that leave no band-pass maximum at all: a granule is
 * point-symmetric, so the band-pass minus its reflection through the
 * granule's centre leaves only the partner. In a cell that already holds a few
 * granules (a stressed cell), a faint granule on its own is judged against its
 * own surroundings; in an unstressed cell, such faint spots (texture, fibre
 * crossings) are not granules. Nothing is detected over the nucleus.
 */
public final class GranuleDetector {

	/** Peak height over the cell's noise SD (camera noise after smoothing) needed at sensitivity 1. */
	static final double NOISE_MULTIPLE = 3;
	/** Peak height over the cell's diffuse level needed at sensitivity 1 (0.45 = 45 % brighter than the cytoplasm). */
	static final double RELATIVE_MARGIN = 0.45;
	/** Depth of the dip (in noise SDs) that separates two maxima into two granules. */
	static final double SPLIT_DIP = 3;
	/** A granule reaches out to this fraction of its peak height. */
	static final double EXTENT = 0.5;
	/** Longer than this times its width, a bright object is a fibre or a membrane edge, not a granule. */
	static final double MAX_ELONGATION = 2.5;
	/**
	 * A granule wider than half the largest diameter must stand out twice as much: broad, low bumps are the
	 * texture of the cytoplasm.
	 */
	static final double BROAD_FACTOR = 2;
	/** Maxima of a granule outline's distance transform this much (px) above its waist are separate granules. */
	static final double SHAPE_SPLIT = 0.5;
	/** The ring of {@link CellGranules#ringLevel} lies this many pixels outside a granule's half-height outline. */
	static final double RING_GAP = 2;
	/** A granule stands above that ring by this fraction of the relative margin. */
	static final double LOCAL_FACTOR = 1;
	/** A spot near a neighbouring cell whose level reaches this fraction of the spot's peak may be that cell's light. */
	static final double BRIGHTER_NEIGHBOUR = 0.9;
	/** ... within this many pixels of the spot's outline (cell borders are uncertain by that much). */
	static final double NEIGHBOUR_REACH = 4;
	/** The band-pass that finds granules on the flank of a brighter one subtracts a Gaussian this many times wider. */
	static final double SHOULDER_SURROUND = 2.5;
	/** Band-pass response over the cell's diffuse level needed for such a granule at sensitivity 1. */
	static final double SHOULDER_MARGIN = 0.22;
	/** Within this distance (um) of a granule found by the first pass, such a granule may touch it. */
	static final double SHOULDER_REACH_UM = 1.5;
	/** A band-pass maximum away from every granule must respond this many times more (fibres, texture) ... */
	static final double ISOLATED_FACTOR = 1.15;
	/** ... lie this far (um) from the cell's free edge (membrane ruffles) ... */
	static final double ISOLATED_EDGE_UM = 1;
	/** ... and be round. */
	static final double ISOLATED_ELONGATION = 1.6;
	/** ... and over the cell's noise SD. */
	static final double SHOULDER_NOISE = 5;
	/** Such a granule's peak stands this much (times the cell's diffuse level) above a ring just outside it. */
	static final double SHOULDER_RING = 0.2;
	/** A granule's partner on its flank lies within this distance (um) of its outline ... */
	static final double PARTNER_REACH_UM = 1;
	/** ... its smoothed peak below this fraction of the granule's own ... */
	static final double PARTNER_DIMMER = 0.8;
	/** ... and it covers at least this many times the smallest granule part (and no more than the granule). */
	static final double PARTNER_MIN_PART = 1.4;
	/** A cell with this many granules after the first passes is stressed ... */
	static final int STRESSED_CELL_GRANULES = 3;
	/**
	 * ... and a faint granule of its own there needs this band-pass response over the level of the ring around it
	 * (over the background) ...
	 */
	static final double LOCAL_RESPONSE = 0.16;
	/** ... must rise this much over that ring, relative to its level ... */
	static final double LOCAL_RING = 0.2;
	/** ... and respond this many times the cell's noise SD. */
	static final double LOCAL_NOISE = 7;
	/** A granule's peak is the highest point of the image within this many pixels. */
	static final int PEAK_RADIUS = 2;

	private GranuleDetector() {}

	public static GranuleDetection detect(FloatProcessor marker, LabelImage cells, LabelImage nuclei,
		SegmentationSettings settings)
	{
		int w = marker.getWidth(), h = marker.getHeight();
		double rMin = Math.max(0.5, settings.px(settings.granuleMinDiameterUm) / 2);
		double rMax = Math.max(rMin + 1, settings.px(settings.granuleMaxDiameterUm) / 2);
		double sigma = Math.max(0.7, Math.min(rMin, 2));
		float[] smooth = (float[]) Filters.gaussian(marker, sigma).getPixels();
		float[] raw = (float[]) marker.getPixels();
		float[] dog = (float[]) Filters.gaussian(marker, SHOULDER_SURROUND * sigma).getPixels();
		for (int i = 0; i < dog.length; i++)
			dog[i] = smooth[i] - dog[i];
		double surround = Math.max(3, 2 * rMax);

		int maxCell = cells.maxLabel();
		int[][] cytoplasm = cytoplasmPixels(cells, nuclei, maxCell);
		double background = outsideLevel(smooth, cells, nuclei);
		double[] diffuse = new double[maxCell + 1], noise = new double[maxCell + 1], baseline = new double[maxCell + 1];
		LabelImage labels = new LabelImage(w, h);
		List<Granule> granules = new ArrayList<>();
		double k = NOISE_MULTIPLE / settings.sensitivity, margin = RELATIVE_MARGIN / settings.sensitivity;
		double maxArea = 1.5 * Math.PI * rMax * rMax, broadArea = Math.PI * rMax * rMax / 4;
		float[] level = new float[maxCell + 1];
		for (int c = 1; c <= maxCell; c++) {
			float[] values = new float[cytoplasm[c].length];
			for (int j = 0; j < values.length; j++)
				values[j] = smooth[cytoplasm[c][j]];
			level[c] = values.length == 0 ? Float.NaN : (float) RobustStatistics.median(values, values.length);
		}
		for (int c = 1; c <= maxCell; c++) {
			int[] pixels = cytoplasm[c];
			if (pixels.length < 10) continue;
			CellGranules cell = new CellGranules(c, pixels, w, smooth, raw, dog, background, surround, cells,
				Math.max(4, Math.PI * rMin * rMin), sigma, level, settings.sensitivity);
			int first = granules.size();
			baseline[c] = cell.baseline;
			noise[c] = cell.noise;
			diffuse[c] = cell.diffuse;
			cell.find(Math.max(k * cell.noise, margin * cell.diffuse), BROAD_FACTOR * margin * cell.diffuse, broadArea,
				maxArea, labels, granules);
			double reach = settings.px(SHOULDER_REACH_UM), edge = settings.px(ISOLATED_EDGE_UM);
			cell.shoulders(reach, edge, maxArea, labels, granules, false);
			cell.partners(first, settings.px(PARTNER_REACH_UM), labels, granules);
			if (granules.size() - first >= STRESSED_CELL_GRANULES) cell.shoulders(reach, edge, maxArea, labels, granules, true);
		}
		return new GranuleDetection(labels, granules, new CellLevels(diffuse, noise, baseline, background));
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
