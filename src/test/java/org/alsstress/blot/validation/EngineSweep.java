package org.alsstress.blot.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ij.ImagePlus;

import org.alsstress.blot.BandWindow;
import org.alsstress.blot.BlotQuantifier;
import org.alsstress.blot.BlotResult;
import org.alsstress.blot.LaneRatio;
import org.alsstress.blot.LaneRatios;
import org.alsstress.blot.Polarity;
import org.alsstress.blot.Role;
import org.alsstress.blot.SignalImage;
import org.alsstress.blot.validation.QuantifyRun.Told;
import org.alsstress.io.ImageOpener;
import org.alsstress.io.SampleSheetFiles;
import org.alsstress.model.SampleSheet;

/**
 * Development: the validation's layouts through the engine alone (files written and read as the command does,
 * no results written), scored as the report scores them. Args: family (old|new), first seed, layouts, and
 * "tuning" to skip held-out layouts.
 */
public final class EngineSweep {
	public static void main(String[] args) throws Exception {
		Families family = Families.valueOf(args[0].toUpperCase(Locale.ROOT));
		long first = Long.parseLong(args[1]);
		int n = Integer.parseInt(args[2]);
		boolean tuningOnly = args.length > 3 && args[3].equals("tuning");
		boolean heldOnly = args.length > 3 && args[3].equals("held");
		Path scratch = System.getProperty("keep") != null ? Path.of(System.getProperty("keep")) : Files.createTempDirectory("engine-sweep");
		List<LayoutOutcome> outcomes = new ArrayList<>();
		long start = System.nanoTime();
		for (long seed = first; seed < first + n; seed++) {
			Families.Layout layout = family.layout(seed);
			if (tuningOnly && layout.heldOut() || heldOnly && !layout.heldOut()) continue;
			LayoutOutcome o = EngineRuns.measure(layout, scratch);
			outcomes.add(o);
			StringBuilder b = new StringBuilder();
			for (Told told : Told.values()) {
				QuantifyRun r = o.runs.get(told);
				if (!o.lanesRight(told)) b.append(String.format(Locale.ROOT, " %s:%s", told.name().charAt(0) + "" + told.name()
					.charAt(told.name().length() - 1), r.failed() ? "FAIL(" + r.failure + ")" : r.lanes.size()));
			}
			double med = BlotValidationReport.quantile(o.ratioErrors(), 0.5), fold = o.foldChangeError();
			boolean bad = b.length() > 0 || med > limit(layout.kind) || fold > 0.03;
			if (bad || System.getProperty("all") != null) System.out.printf(Locale.ROOT, "%s truth %d%s med %.2f%% fold %.2f%%%n",
				layout, layout.lanes, b, 100 * med, 100 * fold);
		}
		System.out.printf(Locale.ROOT, "%.0f s%n", (System.nanoTime() - start) / 1e9);
		for (BlotValidationReport.Row r : BlotValidationReport.rows(outcomes)) {
			List<Double> ratio = r.ratioErrors(), fold = r.foldChangeErrors();
			System.out.printf(Locale.ROOT, "%-6s %-12s %-6s n=%3d count0 %.1f lanes0 %.1f lanesN %.1f lanesS %.1f fail %.1f "
				+ "ratio %.2f/%.2f fold %.2f/%.2f%n", family.key(), r.kind, r.laneRange, r.outcomes.size(), r.percent(o -> o
					.countRight(Told.NOTHING)), r.percent(o -> o.lanesRight(Told.NOTHING)), r.percent(o -> o.lanesRight(
						Told.LANE_COUNT)), r.percent(o -> o.lanesRight(Told.SAMPLE_SHEET)), r.failedRuns(), 100 * BlotValidationReport
							.quantile(ratio, 0.5), 100 * BlotValidationReport.quantile(ratio, 0.9), 100 * BlotValidationReport.quantile(
								fold, 0.5), 100 * BlotValidationReport.quantile(fold, 0.9));
		}
	}

	static double limit(String kind) {
		return kind.equals("film") ? 0.05 : kind.equals("hard_16bit") ? 0.04 : 0.02;
	}
}
