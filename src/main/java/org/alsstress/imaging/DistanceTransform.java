package org.alsstress.imaging;

import ij.plugin.filter.EDM;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;

/** Euclidean distance transform (ImageJ's exact EDM). */
public final class DistanceTransform {

	private DistanceTransform() {}

	/** For every pixel of the mask, its distance to the nearest pixel outside it (0 outside). */
	public static float[] insideDistance(boolean[] mask, int width, int height) {
		ByteProcessor bp = new ByteProcessor(width, height);
		byte[] b = (byte[]) bp.getPixels();
		for (int i = 0; i < b.length; i++)
			b[i] = mask[i] ? (byte) 255 : 0;
		FloatProcessor edm = new EDM().makeFloatEDM(bp, 0, false);
		return (float[]) edm.getPixels();
	}

	/** For every pixel, its distance to the nearest pixel of the mask (0 on the mask). */
	public static float[] distanceTo(boolean[] mask, int width, int height) {
		boolean[] outside = new boolean[mask.length];
		for (int i = 0; i < mask.length; i++)
			outside[i] = !mask[i];
		return insideDistance(outside, width, height);
	}
}
