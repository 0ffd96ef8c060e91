package org.alsstress.granules.sim;

/** Size and pixel size of a simulated field. */
public final class FieldSpec {
	public static final double PIXEL_UM = 0.13;

	public final int width;
	public final int height;
	public final double pixelUm;

	public FieldSpec(int width, int height, double pixelUm) {
		if (width < 64 || height < 64) throw new IllegalArgumentException("a field needs at least 64 x 64 pixels");
		if (!(pixelUm > 0)) throw new IllegalArgumentException("pixel size must be positive");
		this.width = width;
		this.height = height;
		this.pixelUm = pixelUm;
	}

	/** A width x height field at 0.13 um per pixel. */
	public static FieldSpec of(int width, int height) {
		return new FieldSpec(width, height, PIXEL_UM);
	}

	/** 1024 x 1024 pixels at 0.13 um per pixel. */
	public static FieldSpec standard() {
		return of(1024, 1024);
	}

	public double areaUm2() {
		return width * pixelUm * height * pixelUm;
	}

	@Override
	public String toString() {
		return width + "x" + height + " px at " + pixelUm + " um/px";
	}
}
