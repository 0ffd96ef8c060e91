package org.alsstress.granules;

import org.alsstress.imaging.LabelImage;

/** Segmented nuclei: labels 1..n, and which of them the image border cuts. */
public final class Nuclei {

	public final LabelImage labels;
	public final int count;
	/** {@code edge[id]}: the nucleus touches the image border. */
	public final boolean[] edge;

	public Nuclei(LabelImage labels, int count, boolean[] edge) {
		this.labels = labels;
		this.count = count;
		this.edge = edge;
	}
}
