package org.alsstress.blot;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ImageProcessor;

import java.util.Arrays;

/** Development: writes a MembraneBlot scenario as TIFF and prints what the lane finder sees. */
public final class MembraneDump {
	public static void main(String[] args) {
		MembraneBlot b = new MembraneBlot();
		b.seed = 1;
		b.evenLanes(10, 54, 44);
		String what = args[1];
		if (what.equals("strips")) {
			b.seed = 7;
			b.cutRow = b.membrane[1] + b.membrane[3] / 2;
			b.row(b.membrane[1] + 0.25 * b.membrane[3], 6, 9000);
			b.row(b.membrane[1] + 0.75 * b.membrane[3], 6, 5000);
		}
		else if (what.equals("marker")) {
			b.evenLanes(11, 50, 40);
			b.markerLane = 0;
			b.row(b.membrane[1] + 0.5 * b.membrane[3], 6, 9000);
		}
		else if (what.equals("crop")) {
			b.width = 600;
			b.height = 40;
			b.membrane = new int[] {0, 0, 600, 40};
			b.evenLanes(10, 56, 44);
			b.row(20, 14, 9000);
		}
		else if (what.equals("narrow")) {
			b.width = 320;
			b.height = 200;
			b.membrane = new int[] {20, 20, 280, 160};
			b.evenLanes(20, 11, 8);
			b.row(90, 3, 9000);
		}
		else if (what.equals("dna")) {
			b.width = 680;
			b.height = 520;
			b.membrane = new int[] {90, 40, 520, 440};
			b.frameLevel = 8;
			b.membraneLevel = 20;
			b.rim = 60;
			b.noise = 4;
			b.evenLanes(4, 115, 48);
			for (int k = 0; k < 12; k++)
				b.row(80 + 30 * k, 2.5, 80 + 12 * (k % 4));
			for (MembraneBlot.BandRowSpec row : b.rows)
				Arrays.fill(row.amplitudes, row.amplitudes[0]);
		}
		else b.row(b.membrane[1] + 0.45 * b.membrane[3], 0.08 * 552 / 2.355, 9000);
		ImageProcessor ip = what.equals("dna") ? b.render().convertToByteProcessor(false) : b.render();
		ImagePlus imp = new ImagePlus("m", ip);
		new FileSaver(imp).saveAsTiff(args[0]);
		for (double c : b.sampleCentresInImage(b.rows.get(0).y)) System.out.print(Math.round(c) + " ");
		System.out.println();
		LaneDiagnosis.print(SignalImage.of("m", imp.getProcessor(), Polarity.AUTO, 0));
	}
}
