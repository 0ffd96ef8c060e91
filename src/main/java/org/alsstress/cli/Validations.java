package org.alsstress.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alsstress.granules.validation.DomainReport;
import org.alsstress.granules.validation.ValidationReport;

/**
 * {@code als-stress validate <assay> [options]}: one-command validation reports against generated truth.
 * {@code validate} alone is {@code validate granules}. Each assay registers its report here.
 */
final class Validations {

	interface Report {
		/** Runs the report; returns the exit code. */
		int run(String[] args, PrintStream out, PrintStream err);
	}

	private static final Map<String, Report> REPORTS = new LinkedHashMap<>();
	static {
		REPORTS.put("granules", Validations::granules);
		REPORTS.put("blots", org.alsstress.blot.validation.BlotValidationReport::run);
	}

	private Validations() {}

	static int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
		if (args.length == 0) {
			granules(args, out, err);
			return Main.OK;
		}
		// the first report's seeds, as before: validate 21-30
		if (args[0].matches("\\d.*")) {
			ValidationReport.run(out, ValidationReport.parseSeeds(String.join(",", args)));
			return Main.OK;
		}
		Report report = REPORTS.get(args[0]);
		if (report == null) throw new UsageException("Unknown validation '" + args[0] + "': use " + String.join(" or ",
			REPORTS.keySet()) + ".");
		return report.run(Arrays.copyOfRange(args, 1, args.length), out, err);
	}

	static String usage() {
		return "validate [" + String.join("|", REPORTS.keySet()) + "] [options]   (validate granules --help)";
	}

	/**
	 * Domain-randomised fields through Segment Stress Granules; {@code --seeds 21-30} runs the report on the
	 * project's first simulator instead.
	 */
	private static int granules(String[] args, PrintStream out, PrintStream err) {
		if (args.length > 0 && args[0].equals("--help")) {
			out.println("als-stress validate granules [--quick] [--fields N] [--seed S] [--regimes a,b|tuning|held-out] " +
				"[--keep folder]");
			out.println("als-stress validate granules --seeds 21-30   (the first simulator's report, by seed)");
			return Main.OK;
		}
		if (args.length > 0 && args[0].equals("--seeds")) {
			ValidationReport.run(out, ValidationReport.parseSeeds(String.join(",", Arrays.copyOfRange(args, 1,
				args.length))));
			return Main.OK;
		}
		DomainReport.run(out, err, args);
		return Main.OK;
	}
}
