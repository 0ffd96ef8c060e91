package org.alsstress.blot;

import ij.IJ;
import ij.ImagePlus;
import ij.plugin.ContrastEnhancer;
import ij.process.ImageProcessor;

/** Development: image files as contrast-stretched 8-bit PNGs (args: input output [scale]) for looking at. */
public final class PngView {
	public static void main(String[] args) {
		ImagePlus imp = IJ.openImage(args[0]);
		ImageProcessor ip = imp.getProcessor();
		new ContrastEnhancer().stretchHistogram(ip, 0.5);
		ip = ip.convertToByte(true);
		double scale = args.length > 2 ? Double.parseDouble(args[2]) : 1;
		if (scale != 1) ip = ip.resize((int) (ip.getWidth() * scale), (int) (ip.getHeight() * scale));
		try { javax.imageio.ImageIO.write(ip.getBufferedImage(), "png", new java.io.File(args[1])); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }
	}
}
