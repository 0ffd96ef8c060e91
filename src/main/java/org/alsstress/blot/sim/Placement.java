package org.alsstress.blot.sim;

/**
 * Where the membrane lies in one image: rotation by {@code angleDeg} and scale about the membrane point
 * (pivotU, pivotV), then a shift so that the pivot lands at (pivotU + dx, pivotV + dy) in the image.
 */
public final class Placement {
	public final double dx, dy, angleDeg, scale, pivotU, pivotV;
	private final double cos, sin;

	public Placement(double dx, double dy, double angleDeg, double scale, double pivotU, double pivotV) {
		this.dx = dx;
		this.dy = dy;
		this.angleDeg = angleDeg;
		this.scale = scale;
		this.pivotU = pivotU;
		this.pivotV = pivotV;
		this.cos = Math.cos(Math.toRadians(angleDeg));
		this.sin = Math.sin(Math.toRadians(angleDeg));
	}

	public double imageX(double u, double v) {
		return scale * (cos * (u - pivotU) - sin * (v - pivotV)) + pivotU + dx;
	}

	public double imageY(double u, double v) {
		return scale * (sin * (u - pivotU) + cos * (v - pivotV)) + pivotV + dy;
	}

	public double membraneU(double x, double y) {
		double a = x - pivotU - dx, b = y - pivotV - dy;
		return (cos * a + sin * b) / scale + pivotU;
	}

	public double membraneV(double x, double y) {
		double a = x - pivotU - dx, b = y - pivotV - dy;
		return (-sin * a + cos * b) / scale + pivotV;
	}

	/** This placement followed by a further rotation, scale and shift (another membrane or acquisition). */
	public Placement then(double moreDx, double moreDy, double moreAngleDeg, double moreScale) {
		return new Placement(dx + moreDx, dy + moreDy, angleDeg + moreAngleDeg, scale * moreScale, pivotU, pivotV);
	}
}
