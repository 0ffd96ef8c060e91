package org.alsstress.blot;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;

import java.util.Map;

import org.alsstress.realdata.TruthTable;

/** The real blots of src/test/resources/blots as signal images, one per row of its truth file (a gel region cropped). */
final class RealBlots {
	private RealBlots() {}

	static SignalImage open(Map<String, String> row) {
		String file = row.get("file");
		ImagePlus imp = IJ.openImage(RealBlots.class.getResource("/blots/" + file).getPath());
		ImageProcessor ip = imp.getProcessor();
		if (ip.getBitDepth() == 24) ip = ip.convertToByte(false);
		if (!row.get("region").equals("all")) {
			String[] xy = row.get("region").split("/");
			double[][] x = TruthTable.ranges(xy[0]), y = TruthTable.ranges(xy[1]);
			ip.setRoi((int) x[0][0], (int) y[0][0], (int) (x[0][1] - x[0][0]), (int) (y[0][1] - y[0][0]));
			ip = ip.crop();
		}
		return SignalImage.of(file, ip, Polarity.AUTO, 0);
	}

	/** Columns of the whole file left of the region (lane centres in the truth file count from the file's left edge). */
	static double offsetX(Map<String, String> row) {
		if (row.get("region").equals("all")) return 0;
		return TruthTable.ranges(row.get("region").split("/")[0])[0][0];
	}
}
