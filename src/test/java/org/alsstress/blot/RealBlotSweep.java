package org.alsstress.blot;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;

import java.util.Arrays;
import java.util.Map;

import org.alsstress.realdata.TruthTable;

/** Development sweep: lanes found automatically on every real image of the truth file against its truth. */
public final class RealBlotSweep {
	public static void main(String[] args) throws Exception {
		TruthTable truth = TruthTable.read("/blots/truth.csv");
		for (Map<String, String> row : truth.rows) {
			if (!row.get("opens_with").equals("imagej")) continue;
			if (args.length > 0 && !row.get("file").contains(args[0])) continue;
			SignalImage img = RealBlots.open(row);
			double[] centres = TruthTable.numbers(row.get("lane_centres_x"));
			int ladders = TruthTable.numbers(row.get("ladder_positions")).length;
			int samples = ladders == centres.length ? centres.length : centres.length - ladders;
			try {
				LaneLayout layout = LaneFinder.find(img, Boolean.getBoolean("told") ? samples : 0);
				double[] found = new double[layout.count()];
				for (int i = 0; i < found.length; i++)
					found[i] = Math.round(layout.lane(i + 1).centre() + RealBlots.offsetX(row));
				double tolerance = Double.parseDouble(row.get("lane_tolerance_px"));
				double[] ladderPositions = TruthTable.numbers(row.get("ladder_positions"));
				int placed = 0, expectedPlaced = 0;
				for (int i = 0; i < centres.length; i++) {
					boolean ladder = false;
					for (double l : ladderPositions)
						ladder |= ladders != centres.length && l == i + 1;
					if (ladder) continue;
					expectedPlaced++;
					for (double f : found)
						if (Math.abs(f - centres[i]) <= tolerance) {
							placed++;
							break;
						}
				}
				boolean ok = samples == layout.count() && placed == expectedPlaced;
				System.out.printf("%-40s %-12s truth %2d samples (%d ladders)  found %2d (%d ladders) placed %2d/%d %s %s%n", row.get("file"),
					row.get("region"), samples, ladders == centres.length ? 0 : ladders, layout.count(), layout.ladders().size(),
					placed, expectedPlaced, ok ? "OK " : "BAD", Arrays.toString(found));
				if (args.length > 0) LaneDiagnosis.print(img);
			}
			catch (RuntimeException e) {
				System.out.printf("%-40s %s%n", row.get("file"), e.getMessage());
			}
		}
	}
}
