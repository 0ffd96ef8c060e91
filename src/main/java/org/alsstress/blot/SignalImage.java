package org.alsstress.blot;

import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

import java.util.Arrays;

import org.alsstress.model.UserInputException;

/**
 * A blot image as band signal: raw pixel values (never the display range), inverted over the
 * full bit depth when bands are dark on light, so that bands are always bright here.
 */
public final class SignalImage {
	/** RGB channels may differ by this much and still count as grey (PNG/JPEG rounding). */
	private static final int GREY_TOLERANCE = 2;

	public final String name;
	public final int width;
	public final int height;
	public final float[] pixels;
	/** The polarity after auto-detection: never AUTO. */
	public final Polarity polarity;
	/** Band signal at or above this is saturated; infinite when unknown (32-bit without a level). */
	public final double saturationLevel;
	/** Bits of the image type: 8, 16 or 32 (RGB counts as 8). */
	public final int containerBits;
	/** Bits of the detector the values show, see {@link #detectorBits}; 0 when unknown (32-bit data). */
	public final int detectorBits;

	private SignalImage(String name, int width, int height, float[] pixels, Polarity polarity,
		double saturationLevel, int containerBits, int detectorBits)
	{
		this.name = name;
		this.width = width;
		this.height = height;
		this.pixels = pixels;
		this.polarity = polarity;
		this.saturationLevel = saturationLevel;
		this.containerBits = containerBits;
		this.detectorBits = detectorBits;
	}

	/**
	 * @param requested polarity, AUTO to detect it
	 * @param saturationLevel in band-signal units (after inversion), or NaN/0 for automatic: the
	 *          top value of the detector's bit depth (see {@link #detectorBits}) for bright bands, and
	 *          raw 0 (black) for dark bands, whatever the depth
	 */
	public static SignalImage of(String name, ImageProcessor ip, Polarity requested, double saturationLevel) {
		int bitDepth = ip.getBitDepth();
		float[] raw = rawValues(name, ip);
		double[] range = percentiles(raw, 0.005, 0.5, 0.995);
		if (range[2] - range[0] <= 0) throw new UserInputException("The image '" + name
			+ "' is blank (all pixels have the same value): choose the exported blot image.");
		Polarity polarity = requested == Polarity.AUTO ? detectPolarity(range) : requested;
		double fullScale = bitDepth == 8 || bitDepth == 24 ? 255 : bitDepth == 16 ? 65535 : max(raw);
		int container = bitDepth == 24 ? 8 : bitDepth;
		int detector = detectorBits(container, raw);
		if (polarity == Polarity.DARK_ON_LIGHT)
			for (int i = 0; i < raw.length; i++)
				raw[i] = (float) (fullScale - raw[i]);
		double level = saturationLevel > 0 ? saturationLevel
			: detector == 0 ? Double.POSITIVE_INFINITY
			: polarity == Polarity.DARK_ON_LIGHT ? fullScale // raw 0: black is saturated at any depth
			: (1 << detector) - 1;
		return new SignalImage(name, ip.getWidth(), ip.getHeight(), raw, polarity, level, container, detector);
	}

	/**
	 * The bit depth of the detector that recorded the values, as far as the image shows it: 16-bit
	 * files often hold 10-, 12- or 14-bit camera data, which clip at 1023, 4095 or 16383. When the
	 * image maximum is exactly such a top value (the data were clipped there) that depth, else the
	 * image type's own (8 or 16). An image whose maximum is below a smaller depth's top has no pixel
	 * at that top either, so this flags exactly the bands that reach the clipping value. 32-bit
	 * images of whole numbers are judged by the same tops (8 to 16 bits); otherwise 0: unknown.
	 */
	static int detectorBits(int containerBits, float[] raw) {
		if (containerBits == 8) return 8;
		double max = Double.NEGATIVE_INFINITY;
		boolean whole = true;
		for (float v : raw) {
			max = Math.max(max, v);
			if (whole && (v != Math.rint(v) || v < 0)) whole = false;
		}
		for (int bits = 8; bits <= 16; bits += 2)
			if (max == (1 << bits) - 1 && (containerBits == 16 || whole)) return bits;
		return containerBits == 16 ? 16 : 0;
	}

	/** Bands are the minority: dark bands make a long tail below the median, light bands above. */
	static Polarity detectPolarity(double[] lowMedianHigh) {
		double below = lowMedianHigh[1] - lowMedianHigh[0];
		double above = lowMedianHigh[2] - lowMedianHigh[1];
		return below > above ? Polarity.DARK_ON_LIGHT : Polarity.LIGHT_ON_DARK;
	}

	private static float[] rawValues(String name, ImageProcessor ip) {
		int n = ip.getPixelCount();
		float[] values = new float[n];
		if (ip instanceof ColorProcessor) {
			int[] rgb = (int[]) ip.getPixels();
			for (int i = 0; i < n; i++) {
				int r = (rgb[i] >> 16) & 255, g = (rgb[i] >> 8) & 255, b = rgb[i] & 255;
				if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > GREY_TOLERANCE)
					throw new UserInputException("The image '" + name + "' is an RGB colour image. Blots "
						+ "must be quantified on the raw grey values: export the original 8/16-bit image "
						+ "from the imager, or in Fiji use Image > Type > 8-bit only if the colour image is "
						+ "a grey scan (for a colour-coded fluorescent blot, use Image > Color > Split "
						+ "Channels and pick the channel).");
				values[i] = (r + g + b) / 3f;
			}
			return values;
		}
		for (int i = 0; i < n; i++)
			values[i] = ip.getf(i);
		return values;
	}

	static double[] percentiles(float[] values, double... fractions) {
		int step = Math.max(1, values.length / 200_000);
		float[] sample = new float[(values.length + step - 1) / step];
		for (int i = 0, j = 0; i < values.length; i += step)
			sample[j++] = values[i];
		Arrays.sort(sample);
		double[] out = new double[fractions.length];
		for (int k = 0; k < fractions.length; k++)
			out[k] = sample[(int) Math.min(sample.length - 1, Math.round(fractions[k] * (sample.length - 1)))];
		return out;
	}

	private static double max(float[] values) {
		double m = Double.NEGATIVE_INFINITY;
		for (float v : values)
			m = Math.max(m, v);
		return m;
	}

	private float[] flattened;
	private double pixelNoise = Double.NaN;

	/**
	 * Noise SD of one pixel, from the median absolute second difference along rows of a sample of
	 * pixels; at least the rounding of whole-number values (sqrt(1/12)).
	 */
	synchronized double pixelNoise() {
		if (Double.isNaN(pixelNoise)) {
			int step = Math.max(1, pixels.length / 100_000);
			double[] d = new double[pixels.length / step + 1];
			int n = 0;
			for (int i = 1; i < pixels.length - 1; i += step)
				if (i % width != 0 && i % width != width - 1)
					d[n++] = Math.abs(pixels[i] - 0.5 * (pixels[i - 1] + pixels[i + 1]));
			double[] used = Arrays.copyOf(d, n);
			pixelNoise = Math.max(Math.sqrt(1.0 / 12), n == 0 ? 0 : 1.4826 * Profiles.median(used) / Math.sqrt(1.5));
		}
		return pixelNoise;
	}

	/** The image minus a coarse background estimate, computed once (for lane finding). */
	synchronized float[] flattened() {
		if (flattened == null) flattened = CoarseBackground.residual(this);
		return flattened;
	}

	/** Frees the flattened copy once lanes are found. */
	synchronized void forgetFlattened() {
		flattened = null;
	}

	public float get(int x, int y) {
		return pixels[y * width + x];
	}
}
