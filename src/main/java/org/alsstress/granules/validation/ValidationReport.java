package org.alsstress.granules.validation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alsstress.granules.sim.Scenario;
import org.alsstress.model.UserInputException;

/**
 * The stress-granule pipeline against the simulator's truth, per scenario pooled over seeds, as a markdown
 * table: granule F1 (one-to-one within 3 px) beside the plain Find Maxima baseline, per-cell granule count
 * MAE and bias, false granules per cell, true and measured percentage of SG-positive cells, nuclei F1 at IoU
 * 0.5 and the share of correct apoptosis calls. Fields are 1024 x 1024 at 0.13 um/px with all four channels.
 * The pipeline was tuned on seeds 1-8; the default seeds 21-30 are held out.
 * {@code ValidationReport [seeds, e.g. 21-30 or 11,12]}.
 */
public final class ValidationReport {

	public static final long[] DEFAULT_SEEDS = { 21, 22, 23, 24, 25, 26, 27, 28, 29, 30 };
	public static final int FIELD_SIZE = 1024;

	private ValidationReport() {}

	/** One scenario pooled over seeds. */
	public static final class Row {
		public final Scenario scenario;
		public final List<GranuleAccuracy> fields;
		public final DetectionScore granules, baseline, nuclei;
		public final int cells;
		public final double countAbsError, countBias, falseGranulesPerCell, truePctSg, pctSg, apoptosisCorrect;

		public Row(Scenario scenario, List<GranuleAccuracy> fields) {
			this.scenario = scenario;
			this.fields = fields;
			List<DetectionScore> g = new ArrayList<>(), b = new ArrayList<>(), n = new ArrayList<>();
			int cells = 0, falseGranules = 0, trueSg = 0, sg = 0, apoptosis = 0;
			double abs = 0, bias = 0;
			for (GranuleAccuracy a : fields) {
				g.add(a.granules);
				b.add(a.baseline);
				n.add(a.nuclei);
				cells += a.cells;
				abs += a.countAbsError * a.cells;
				bias += a.countBias * a.cells;
				falseGranules += a.falseGranules;
				trueSg += a.trueSgPositive;
				sg += a.sgPositive;
				apoptosis += a.apoptosisCorrect;
			}
			granules = DetectionScore.sum(g);
			baseline = DetectionScore.sum(b);
			nuclei = DetectionScore.sum(n);
			this.cells = cells;
			double c = Math.max(cells, 1);
			countAbsError = abs / c;
			countBias = bias / c;
			falseGranulesPerCell = falseGranules / c;
			truePctSg = 100.0 * trueSg / c;
			pctSg = 100.0 * sg / c;
			apoptosisCorrect = 100.0 * apoptosis / c;
		}
	}

	/** Scores every scenario on the given seeds. */
	public static List<Row> measure(long[] seeds) {
		List<Row> rows = new ArrayList<>();
		for (Scenario scenario : Scenario.values()) {
			List<GranuleAccuracy> fields = new ArrayList<>();
			for (long seed : seeds)
				fields.add(GranuleAccuracy.of(scenario, seed, FIELD_SIZE));
			rows.add(new Row(scenario, fields));
		}
		return rows;
	}

	/** Measures and prints the table for the given seeds. */
	public static void run(PrintStream out, long[] seeds) {
		long start = System.nanoTime();
		List<Row> rows = measure(seeds);
		print(out, rows, seeds, (System.nanoTime() - start) / 1e9);
	}

	static void print(PrintStream out, List<Row> rows, long[] seeds, double seconds) {
		out.println(String.format(Locale.ROOT,
			"Simulated %dx%d fields at 0.13 um/px, seeds %s (%d per scenario; tuning used seeds 1-8), %.0f s", FIELD_SIZE,
			FIELD_SIZE, seedText(seeds), seeds.length, seconds));
		out.println();
		out.println("| scenario | cells | granule F1 | Find Maxima F1 | count MAE | count bias | false granules/cell |" +
			" %SG+ true | %SG+ measured | nuclei F1 | apoptosis correct |");
		out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (Row r : rows)
			out.println(String.format(Locale.ROOT, "| %s | %d | %s | %s | %.2f | %+.2f | %.2f | %.1f | %.1f | %.3f | %.1f %% |",
				r.scenario.key(), r.cells, f1(r.granules), f1(r.baseline), r.countAbsError, r.countBias,
				r.falseGranulesPerCell, r.truePctSg, r.pctSg, r.nuclei.f1(), r.apoptosisCorrect));
	}

	/** F1 is undefined without true granules (control fields): their false granules have their own column. */
	private static String f1(DetectionScore s) {
		return s.truePositives() + s.falseNegatives() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", s.f1());
	}

	static String seedText(long[] seeds) {
		boolean consecutive = seeds.length > 2;
		for (int i = 1; i < seeds.length; i++)
			consecutive &= seeds[i] == seeds[i - 1] + 1;
		if (consecutive) return seeds[0] + "-" + seeds[seeds.length - 1];
		StringBuilder s = new StringBuilder();
		for (long seed : seeds)
			s.append(s.length() == 0 ? "" : ",").append(seed);
		return s.toString();
	}

	/** Seeds as "21-30", "11,12" or "5"; several arguments are joined. */
	public static long[] parseSeeds(String text) {
		List<Long> seeds = new ArrayList<>();
		for (String part : text.split("[,\\s]+")) {
			if (part.isEmpty()) continue;
			try {
				int dash = part.indexOf('-', 1);
				if (dash < 0) seeds.add(Long.parseLong(part));
				else {
					long from = Long.parseLong(part.substring(0, dash)), to = Long.parseLong(part.substring(dash + 1));
					if (to < from || to - from > 10_000) throw new NumberFormatException();
					for (long s = from; s <= to; s++)
						seeds.add(s);
				}
			}
			catch (NumberFormatException e) {
				throw new UserInputException("Cannot read seeds '" + part +
					"': give seeds as a range like 21-30 or a list like 11,12.");
			}
		}
		if (seeds.isEmpty()) throw new UserInputException("No seeds given: give a range like 21-30 or a list like 11,12.");
		long[] out = new long[seeds.size()];
		for (int i = 0; i < out.length; i++)
			out[i] = seeds.get(i);
		return out;
	}

	public static void main(String[] args) {
		run(System.out, args.length == 0 ? DEFAULT_SEEDS : parseSeeds(String.join(",", args)));
		// ImageJ's filters leave worker threads behind
		System.exit(0);
	}
}
