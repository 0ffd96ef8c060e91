package org.alsstress.granules;

import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import org.alsstress.imaging.Filters;

/** The channels of one field the pipeline uses, as float images of equal size; cell and apoptosis may be absent. */
public final class FieldImage {

	public final String name;
	public final int width;
	public final int height;
	public final FloatProcessor nuclei;
	public final FloatProcessor granules;
	public final FloatProcessor cells;
	public final FloatProcessor apoptosis;

	public FieldImage(String name, ImageProcessor nuclei, ImageProcessor granules, ImageProcessor cells,
		ImageProcessor apoptosis)
	{
		this.name = name;
		this.width = nuclei.getWidth();
		this.height = nuclei.getHeight();
		this.nuclei = Filters.toFloat(nuclei);
		this.granules = Filters.toFloat(granules);
		this.cells = cells == null ? null : Filters.toFloat(cells);
		this.apoptosis = apoptosis == null ? null : Filters.toFloat(apoptosis);
	}
}
