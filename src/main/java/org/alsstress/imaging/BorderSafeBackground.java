package org.alsstress.imaging;

import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

/**
 * Rolling-ball background that an object cut by the image border does not lift. Inside the image the ball
 * cannot pass under such an object, so its border part would count as background; here the image is first
 * padded by the ball radius with, at each border pixel, the lowest border value within half a radius either
 * way along that border (a whole radius from a corner) (the background beside a cut object up to a radius wide; a wider window would also
 * reach below the glow around objects near the border), and the padding is dropped afterwards.
 */
public final class BorderSafeBackground {

	private BorderSafeBackground() {}

	/** The image minus its rolling-ball background (see {@link Filters#rollingBallBackground}). */
	public static FloatProcessor subtract(ImageProcessor ip, double radius) {
		int w = ip.getWidth(), h = ip.getHeight(), pad = (int) Math.ceil(radius);
		// only read: a float image needs no copy
		float[] in = (float[]) (ip instanceof FloatProcessor ? ip : ip.convertToFloatProcessor()).getPixels();
		FloatProcessor background = Filters.rollingBallBackground(padded(in, w, h, pad, pad), radius);
		float[] b = (float[]) background.getPixels();
		int pw = w + 2 * pad;
		float[] out = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				out[y * w + x] = in[y * w + x] - b[(y + pad) * pw + x + pad];
		return new FloatProcessor(w, h, out);
	}

	/** The image inside a frame of {@code pad} pixels holding the running minimum (over {@code window}) of its border. */
	static FloatProcessor padded(float[] in, int w, int h, int pad, int window) {
		float[] top = new float[w], bottom = new float[w], left = new float[h], right = new float[h];
		for (int x = 0; x < w; x++) {
			top[x] = in[x];
			bottom[x] = in[(h - 1) * w + x];
		}
		for (int y = 0; y < h; y++) {
			left[y] = in[y * w];
			right[y] = in[y * w + w - 1];
		}
		top = runningMinimum(top, window / 2);
		bottom = runningMinimum(bottom, window / 2);
		left = runningMinimum(left, window / 2);
		right = runningMinimum(right, window / 2);
		int pw = w + 2 * pad, ph = h + 2 * pad;
		float[] out = new float[pw * ph];
		for (int py = 0; py < ph; py++) {
			int y = Math.min(h - 1, Math.max(0, py - pad));
			for (int px = 0; px < pw; px++) {
				int x = Math.min(w - 1, Math.max(0, px - pad));
				boolean inX = px >= pad && px < pad + w, inY = py >= pad && py < pad + h;
				float v;
				if (inX && inY) v = in[y * w + x];
				else if (inX) v = py < pad ? top[x] : bottom[x];
				else if (inY) v = px < pad ? left[y] : right[y];
				else v = Math.min(py < pad ? top[x] : bottom[x], px < pad ? left[y] : right[y]);
				out[py * pw + px] = v;
			}
		}
		return new FloatProcessor(pw, ph, out);
	}

	/**
	 * Minimum over the window [i - half, i + half], shifted to stay inside the array at its ends (so that a
	 * corner still looks a whole window along each border).
	 */
	static float[] runningMinimum(float[] values, int half) {
		int n = values.length, size = Math.min(n, 2 * half + 1);
		float[] out = new float[n];
		for (int i = 0; i < n; i++) {
			int lo = Math.max(0, Math.min(i - half, n - size));
			float min = Float.POSITIVE_INFINITY;
			for (int j = lo; j < lo + size; j++)
				min = Math.min(min, values[j]);
			out[i] = min;
		}
		return out;
	}
}
