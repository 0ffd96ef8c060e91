package org.alsstress.granules;

import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import org.alsstress.imaging.Filters;

/**
 * The channels of one field the pipeline uses, as planes of equal size; cell and apoptosis may be absent.
 * The planes are kept as given (16-bit stays 16-bit, and is not copied: do not change them while the field is
 * in use); each stage takes a float copy of the channel it needs and drops it when done, so that a field
 * never holds more than one float channel at a time.
 */
public final class FieldImage {

	public final String name;
	public final int width;
	public final int height;
	private final ImageProcessor nuclei;
	private final ImageProcessor granules;
	private final ImageProcessor cells;
	private final ImageProcessor apoptosis;

	public FieldImage(String name, ImageProcessor nuclei, ImageProcessor granules, ImageProcessor cells,
		ImageProcessor apoptosis)
	{
		this.name = name;
		this.width = nuclei.getWidth();
		this.height = nuclei.getHeight();
		for (ImageProcessor channel : new ImageProcessor[] { granules, cells, apoptosis })
			if (channel != null && (channel.getWidth() != width || channel.getHeight() != height))
				throw new IllegalArgumentException("the channels of '" + name + "' differ in size");
		this.nuclei = nuclei;
		this.granules = granules;
		this.cells = cells;
		this.apoptosis = apoptosis;
	}

	/** A float copy of the DNA stain. */
	public FloatProcessor nuclei() {
		return Filters.toFloat(nuclei);
	}

	/** A float copy of the granule marker. */
	public FloatProcessor granules() {
		return Filters.toFloat(granules);
	}

	public boolean hasCells() {
		return cells != null;
	}

	/** A float copy of the cell marker, or null. */
	public FloatProcessor cells() {
		return cells == null ? null : Filters.toFloat(cells);
	}

	public boolean hasApoptosis() {
		return apoptosis != null;
	}

	/** A float copy of the apoptosis marker, or null. */
	public FloatProcessor apoptosis() {
		return apoptosis == null ? null : Filters.toFloat(apoptosis);
	}
}
