package org.alsstress.granules;

import org.alsstress.imaging.LabelImage;

/** Imported cell labels (Cellpose, ...) renumbered so that each cell carries the id of the nucleus it contains. */
final class CellLabels {

	private CellLabels() {}

	/** Each imported cell takes the nucleus label it overlaps most; cells without a nucleus are dropped. */
	static LabelImage matchToNuclei(LabelImage imported, Nuclei nuclei) {
		int maxCell = imported.maxLabel();
		java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
		for (int i = 0; i < imported.pixels.length; i++) {
			int c = imported.pixels[i], n = nuclei.labels.pixels[i];
			if (c > 0 && n > 0) counts.merge(((long) c << 32) | n, 1, Integer::sum);
		}
		int[] best = new int[maxCell + 1], bestCount = new int[maxCell + 1];
		for (java.util.Map.Entry<Long, Integer> e : counts.entrySet()) {
			int c = (int) (e.getKey() >>> 32), n = (int) (e.getKey() & 0xffffffffL);
			if (e.getValue() > bestCount[c]) {
				bestCount[c] = e.getValue();
				best[c] = n;
			}
		}
		LabelImage cells = imported.copy();
		cells.remap(best);
		// the nucleus belongs to its own cell even where the imported cell misses part of it
		for (int i = 0; i < cells.pixels.length; i++)
			if (nuclei.labels.pixels[i] > 0) cells.pixels[i] = nuclei.labels.pixels[i];
		return cells;
	}
}
