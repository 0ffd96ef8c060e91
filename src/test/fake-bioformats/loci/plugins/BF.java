package loci.plugins;

import java.io.File;
import java.io.IOException;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ShortProcessor;

import loci.plugins.in.ImporterOptions;

/**
 * Stand-in for Bio-Formats' {@code BF.openImagePlus}: titles series the way
 * Bio-Formats does ("file - series name"), labels each plane with its position
 * and the image name ("c:1/2 - name", never the channel name), opens only the
 * first series unless asked for all, and fails like Bio-Formats on a file it
 * cannot read.
 */
public final class BF {

	public static ImporterOptions lastOptions;

	private BF() {}

	public static ImagePlus[] openImagePlus(final ImporterOptions options) throws IOException {
		lastOptions = options;
		final String name = new File(options.id).getName();
		if (name.contains("broken")) throw new IOException("Unknown file format: " + options.id);
		if (name.endsWith(".czi")) return new ImagePlus[] { image(name, 0.2) };
		final ImagePlus[] series = { image(name + " - Control 60 min", 0.13), image(name + " - Arsenite 60 min", 0.13),
			image(name + " - Arsenite 120 min", 0.26) };
		return options.openAllSeries ? series : new ImagePlus[] { series[0] };
	}

	private static ImagePlus image(final String title, final double micronsPerPixel) {
		final ImageStack planes = new ImageStack(8, 6);
		for (int c = 1; c <= 2; c++) planes.addSlice("c:" + c + "/2 - " + title, new ShortProcessor(8, 6));
		final ImagePlus image = new ImagePlus(title, planes);
		image.setDimensions(2, 1, 1);
		image.getCalibration().pixelWidth = micronsPerPixel;
		image.getCalibration().pixelHeight = micronsPerPixel;
		image.getCalibration().setUnit("micron");
		return image;
	}
}
