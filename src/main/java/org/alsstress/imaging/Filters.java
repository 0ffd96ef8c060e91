package org.alsstress.imaging;

import ij.plugin.filter.BackgroundSubtracter;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

/** Smoothing and background removal on float images; inputs are never modified. */
public final class Filters {

	private Filters() {}

	public static FloatProcessor toFloat(ImageProcessor ip) {
		return ip instanceof FloatProcessor ? (FloatProcessor) ip.duplicate() : ip.convertToFloatProcessor();
	}

	public static FloatProcessor gaussian(ImageProcessor ip, double sigma) {
		return gaussianInPlace(toFloat(ip), sigma);
	}

	/** As {@link #gaussian}, but smooths {@code fp} itself (for a scratch image no one reads afterwards). */
	public static FloatProcessor gaussianInPlace(FloatProcessor fp, double sigma) {
		Gaussian.blurInPlace(fp, sigma);
		return fp;
	}

	/** Difference of Gaussians: blobs of radius about {@code sigma1 * sqrt(2)} come out bright. */
	public static FloatProcessor differenceOfGaussians(ImageProcessor ip, double sigma1, double sigma2) {
		FloatProcessor small = gaussian(ip, sigma1);
		FloatProcessor large = gaussian(ip, sigma2);
		float[] s = (float[]) small.getPixels(), l = (float[]) large.getPixels();
		for (int i = 0; i < s.length; i++)
			s[i] -= l[i];
		return small;
	}

	/**
	 * The smooth background under objects smaller than the ball (ImageJ's rolling ball, bright objects). Large
	 * balls roll over the image shrunk by block minima until the ball is about 10 pixels, and the result is
	 * enlarged again by interpolation: the background is smooth at that scale anyway, and it is many times
	 * faster than ImageJ's own shrinking for balls of nucleus size.
	 */
	public static FloatProcessor rollingBallBackground(ImageProcessor ip, double radius) {
		int factor = (int) Math.floor(radius / 10);
		if (factor >= 2 && ip.getWidth() >= 4 * factor && ip.getHeight() >= 4 * factor) {
			FloatProcessor small = blockMinimum(ip instanceof FloatProcessor ? (FloatProcessor) ip
				: ip.convertToFloatProcessor(), factor);
			FloatProcessor background = rollingBallBackground(small, radius / factor);
			background.setInterpolationMethod(ImageProcessor.BILINEAR);
			return (FloatProcessor) background.resize(ip.getWidth(), ip.getHeight());
		}
		FloatProcessor background = toFloat(ip);
		BackgroundSubtracter subtracter = new BackgroundSubtracter();
		subtracter.setNPasses(1);
		subtracter.rollingBallBackground(background, radius, true, false, false, false, true);
		return background;
	}

	/** Each factor x factor block (the last ones possibly smaller) replaced by its minimum; ip is only read. */
	static FloatProcessor blockMinimum(FloatProcessor ip, int factor) {
		int w = ip.getWidth(), h = ip.getHeight(), sw = (w + factor - 1) / factor, sh = (h + factor - 1) / factor;
		float[] in = (float[]) ip.getPixels(), out = new float[sw * sh];
		java.util.Arrays.fill(out, Float.POSITIVE_INFINITY);
		for (int y = 0; y < h; y++) {
			int row = (y / factor) * sw, i = y * w;
			for (int bx = 0, x = 0; bx < sw; bx++) {
				int j = row + bx;
				float min = out[j];
				for (int end = Math.min(w, x + factor); x < end; x++, i++)
					if (in[i] < min) min = in[i];
				out[j] = min;
			}
		}
		return new FloatProcessor(sw, sh, out);
	}

	/** The image minus its rolling-ball background. */
	public static FloatProcessor subtractBackground(ImageProcessor ip, double radius) {
		FloatProcessor out = toFloat(ip);
		float[] o = (float[]) out.getPixels();
		float[] b = (float[]) rollingBallBackground(ip, radius).getPixels();
		for (int i = 0; i < o.length; i++)
			o[i] -= b[i];
		return out;
	}
}
