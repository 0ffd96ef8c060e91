package org.alsstress.imaging;

import ij.plugin.filter.BackgroundSubtracter;
import ij.plugin.filter.GaussianBlur;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

/** Smoothing and background removal on float images; inputs are never modified. */
public final class Filters {

	private Filters() {}

	public static FloatProcessor toFloat(ImageProcessor ip) {
		return ip instanceof FloatProcessor ? (FloatProcessor) ip.duplicate() : ip.convertToFloatProcessor();
	}

	public static FloatProcessor gaussian(ImageProcessor ip, double sigma) {
		FloatProcessor out = toFloat(ip);
		if (sigma > 0) {
			GaussianBlur blur = new GaussianBlur();
			blur.showProgress(false);
			blur.blurGaussian(out, sigma, sigma, 0.002);
		}
		return out;
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

	/** The smooth background under objects smaller than the ball (ImageJ's rolling ball, bright objects). */
	public static FloatProcessor rollingBallBackground(ImageProcessor ip, double radius) {
		FloatProcessor background = toFloat(ip);
		BackgroundSubtracter subtracter = new BackgroundSubtracter();
		subtracter.setNPasses(1);
		subtracter.rollingBallBackground(background, radius, true, false, false, false, true);
		return background;
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
