package org.alsstress.granules.validation;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import ij.IJ;
import ij.ImagePlus;

import org.alsstress.commands.SegmentStressGranules;
import org.alsstress.granules.domains.DomainField;
import org.alsstress.granules.domains.DomainGenerator;
import org.alsstress.granules.domains.Regime;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.alsstress.model.UserInputException;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/**
 * {@code bin/als-stress validate granules}: fields from the domain-randomised generator, written as a user
 * has them (calibrated 4-channel TIFFs in a folder), analysed by the Segment Stress Granules command as a
 * user runs it (nuclei_channel 1, granule_channel 2, cell_channel 3, apoptosis_channel 4, every other
 * parameter at its default), and scored from the files it writes. Tuning and held-out regimes are
 * reported apart, as markdown tables.
 */
public final class DomainReport {
	public static final int DEFAULT_FIELDS = 3, QUICK_FIELDS = 1;
	public static final long DEFAULT_SEED = 1;

	/** What to run. */
	public static final class Options {
		public int fields = DEFAULT_FIELDS;
		public long seed = DEFAULT_SEED;
		public List<Regime> regimes = new ArrayList<>();
		/** Folder to keep the fields, their truth and the results in; null = a temporary folder, deleted. */
		public Path keep;

		public Options() {
			regimes.addAll(Regime.of(Regime.Use.TUNING));
			regimes.addAll(Regime.of(Regime.Use.HELD_OUT));
		}

		/** {@code --fields N}, {@code --quick}, {@code --seed S}, {@code --regimes a,b}, {@code --keep folder}. */
		public static Options parse(String... args) {
			Options o = new Options();
			for (int i = 0; i < args.length; i++) {
				String a = args[i];
				switch (a) {
					case "--quick":
						o.fields = QUICK_FIELDS;
						break;
					case "--fields":
						o.fields = (int) number(a, value(args, ++i, a));
						if (o.fields < 1) throw new UserInputException("--fields must be at least 1.");
						break;
					case "--seed":
						o.seed = number(a, value(args, ++i, a));
						break;
					case "--regimes":
						o.regimes = regimes(value(args, ++i, a));
						break;
					case "--keep":
						o.keep = Path.of(value(args, ++i, a));
						break;
					default:
						throw new UserInputException("validate granules: unknown option '" + a + "'. Options: --quick, " +
							"--fields N, --seed S, --regimes a,b (or tuning, held-out), --keep folder.");
				}
			}
			return o;
		}

		/** Regime keys, or "tuning" / "held-out" for all of them, in the regimes' order. */
		static List<Regime> regimes(String list) {
			java.util.Set<Regime> chosen = new java.util.TreeSet<>();
			for (String key : list.split(",")) {
				String k = key.trim();
				if (k.isEmpty()) continue;
				if (k.equals("tuning")) chosen.addAll(Regime.of(Regime.Use.TUNING));
				else if (k.equals("held-out")) chosen.addAll(Regime.of(Regime.Use.HELD_OUT));
				else chosen.add(Regime.parse(k));
			}
			if (chosen.isEmpty()) throw new UserInputException("--regimes names no regime.");
			return new ArrayList<>(chosen);
		}

		private static String value(String[] args, int i, String option) {
			if (i >= args.length) throw new UserInputException(option + " needs a value.");
			return args[i];
		}

		private static long number(String option, String text) {
			try {
				return Long.parseLong(text.trim());
			}
			catch (NumberFormatException e) {
				throw new UserInputException(option + " needs a whole number, got '" + text + "'.");
			}
		}
	}

	/** One regime's tally and, for the report, its fields. */
	public static final class Row {
		public final Regime regime;
		public final DomainTally tally;

		public Row(Regime regime, DomainTally tally) {
			this.regime = regime;
			this.tally = tally;
		}
	}

	private DomainReport() {}

	public static List<Row> measure(Options options, PrintStream progress) throws IOException {
		Path root = options.keep != null ? options.keep : Files.createTempDirectory("als-validate-granules");
		List<Row> rows = new ArrayList<>();
		try (Context context = new Context()) {
			for (Regime regime : options.regimes) {
				long start = System.nanoTime();
				DomainTally tally = run(context, regime, options, root.resolve(regime.key()), progress);
				tally.seconds = (System.nanoTime() - start) / 1e9;
				rows.add(new Row(regime, tally));
			}
		}
		finally {
			if (options.keep == null) delete(root);
		}
		return rows;
	}

	/** Writes a regime's fields into a folder, runs the command on the folder and scores each field. */
	static DomainTally run(Context context, Regime regime, Options options, Path folder, PrintStream progress)
		throws IOException
	{
		Map<String, DomainField> fields = new LinkedHashMap<>();
		for (int k = 0; k < options.fields; k++) {
			String name = String.format(Locale.ROOT, "%s_%02d", regime.key(), k + 1);
			DomainField field = DomainGenerator.generate(regime, options.seed, k);
			field.write(folder, name);
			fields.put(name, field);
			if (progress != null) progress.println(name + ": " + field);
		}
		Path results = folder.resolve("results");
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("input", folder.toFile());
		inputs.put("output", results.toFile());
		inputs.put("overwrite", true);
		inputs.put("nuclei_channel", 1);
		inputs.put("granule_channel", 2);
		inputs.put("cell_channel", 3);
		inputs.put("apoptosis_channel", 4);
		CommandModule module;
		try {
			module = context.service(CommandService.class).run(SegmentStressGranules.class, true, inputs).get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
		catch (java.util.concurrent.ExecutionException e) {
			throw new IllegalStateException("Segment Stress Granules failed on " + folder + ": " + e.getCause(), e);
		}
		DomainTally tally = new DomainTally();
		if (module.isCanceled()) {
			if (progress != null) progress.println(regime.key() + ": the command stopped: " + module.getCancelReason());
			tally.fields = tally.failedFields = fields.size();
			return tally;
		}
		DataTable granules = TableFiles.read(results.resolve("granules.csv"));
		DataTable cells = TableFiles.read(results.resolve("cells.csv"));
		for (Map.Entry<String, DomainField> e : fields.entrySet()) {
			String image = e.getKey() + ".tif";
			Path labels = results.resolve("labels/" + e.getKey() + "_nuclei.tif");
			if (!Files.exists(labels)) {
				tally.fields++;
				tally.failedFields++;
				continue;
			}
			ImagePlus nuclei = IJ.openImage(labels.toString());
			tally.add(DomainScorer.score(e.getValue(), rowsOf(granules, image), rowsOf(cells, image), nuclei
				.getProcessor()));
		}
		return tally;
	}

	static DataTable rowsOf(DataTable table, String image) {
		DataTable rows = new DataTable(table.columns());
		for (int r = 0; r < table.rowCount(); r++)
			if (image.equals(table.getString(r, "image"))) rows.addRow(table.row(r).toArray());
		return rows;
	}

	// ---- the tables --------------------------------------------------------------------------

	public static void print(PrintStream out, List<Row> rows, Options options, double seconds) {
		out.println(String.format(Locale.ROOT, "Domain-randomised fields (generator seed %d, %d per regime), analysed by " +
			"segment-stress-granules with default parameters; %.0f s on %d cores.", options.seed, options.fields, seconds,
			Runtime.getRuntime().availableProcessors()));
		for (Regime.Use use : new Regime.Use[] { Regime.Use.TUNING, Regime.Use.HELD_OUT }) {
			List<Row> part = new ArrayList<>();
			for (Row r : rows)
				if (r.regime.use == use) part.add(r);
			if (part.isEmpty()) continue;
			out.println();
			out.println(use == Regime.Use.TUNING ? "Tuning regimes:" : "Held-out regimes (never used for tuning):");
			out.println();
			out.println("| regime | fields | cells | granules | precision | recall | F1 | recall " + String.join(" | ",
				DomainTally.CONTRAST_BINS) + " | recall in clusters | false granules per unstressed cell | %SG+ true | %SG+ measured | " +
				"nuclei F1 | apoptosis correct | debris flagged / counted |");
			out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
			DomainTally pooled = new DomainTally();
			for (Row r : part) {
				out.println(line(r.regime.key(), r.tally));
				pooled.add(r.tally);
			}
			out.println(line(use == Regime.Use.TUNING ? "**all tuning**" : "**all held out**", pooled));
			out.println();
			out.println("| regime | counted cells | count bias (MAE) by true granules per cell: " + String.join(" | ",
				DomainTally.COUNT_BINS) + " |");
			out.println("|---|---:|---:|---:|---:|---:|---:|");
			for (Row r : part)
				out.println(countLine(r.regime.key(), r.tally));
			out.println(countLine(use == Regime.Use.TUNING ? "**all tuning**" : "**all held out**", pooled));
			out.println();
			out.println("| regime | recall by the granule's matched-filter SNR: " + String.join(" | ", DomainTally.SNR_BINS) +
				" | recall at 1.3-2x with SNR >10 |");
			out.println("|---|---:|---:|---:|---:|---:|");
			for (Row r : part)
				out.println(snrLine(r.regime.key(), r.tally));
			out.println(snrLine(use == Regime.Use.TUNING ? "**all tuning**" : "**all held out**", pooled));
		}
	}

	static String line(String name, DomainTally t) {
		DetectionScore g = t.granules();
		StringBuilder s = new StringBuilder();
		s.append("| ").append(name).append(" | ").append(t.fields - t.failedFields).append(t.failedFields > 0 ? " (" +
			t.failedFields + " failed)" : "").append(" | ").append(t.cells).append(" | ").append(g.truePositives() + g
				.falseNegatives());
		boolean any = g.truePositives() + g.falseNegatives() > 0;
		s.append(" | ").append(fixed(any || g.falsePositives() > 0 ? g.precision() : Double.NaN, 3));
		s.append(" | ").append(fixed(any ? g.recall() : Double.NaN, 3));
		s.append(" | ").append(fixed(any ? g.f1() : Double.NaN, 3));
		for (int b = 0; b < DomainTally.CONTRAST_BINS.length; b++)
			s.append(" | ").append(fixed(t.recall(b), 2));
		s.append(" | ").append(fixed(t.clusteredRecall(), 2));
		s.append(" | ").append(fixed(t.falseGranulesPerUnstressedCell(), 2));
		s.append(" | ").append(fixed(t.truePctSg(), 1)).append(" | ").append(fixed(t.measuredPctSg(), 1));
		s.append(" | ").append(fixed(t.nuclei().f1(), 3));
		s.append(" | ").append(fixed(t.apoptosisAccuracy(), 1)).append(t.cells > 0 ? " %" : "");
		s.append(" | ").append(t.debris == 0 ? "-" : t.debrisFlagged + " / " + t.debrisCounted + " of " + t.debris);
		return s.append(" |").toString();
	}

	static String countLine(String name, DomainTally t) {
		StringBuilder s = new StringBuilder("| ").append(name).append(" | ").append(t.cells);
		for (int b = 0; b < DomainTally.COUNT_BINS.length; b++) {
			s.append(" | ");
			if (t.binCells[b] == 0) {
				s.append("-");
				continue;
			}
			s.append(String.format(Locale.ROOT, "%+.2f (%.2f)", t.bias(b), t.meanAbsError(b)));
			if (DomainTally.COUNT_EDGES[b] > 30) s.append(String.format(Locale.ROOT, ", %+.0f %%", t.biasPercent(b)));
			s.append(" n=").append(t.binCells[b]);
		}
		return s.append(" |").toString();
	}

	static String snrLine(String name, DomainTally t) {
		StringBuilder s = new StringBuilder("| ").append(name);
		for (int b = 0; b < DomainTally.SNR_BINS.length; b++)
			s.append(" | ").append(t.snrTotal[b] == 0 ? "-" : fixed(t.snrRecall(b), 2) + " n=" + t.snrTotal[b]);
		s.append(" | ").append(t.faintVisibleTotal == 0 ? "-" : fixed(t.faintVisibleFound / (double) t.faintVisibleTotal, 2) +
			" n=" + t.faintVisibleTotal);
		return s.append(" |").toString();
	}

	private static String fixed(double v, int digits) {
		return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", v);
	}

	/** Measures and prints; the entry point of {@code bin/als-stress validate granules}. */
	public static void run(PrintStream out, PrintStream progress, String... args) {
		Options options = Options.parse(args);
		long start = System.nanoTime();
		List<Row> rows;
		try {
			rows = measure(options, progress);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		print(out, rows, options, (System.nanoTime() - start) / 1e9);
	}

	private static void delete(Path root) {
		try (Stream<Path> walk = Files.walk(root)) {
			walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException e) {
			// a temporary folder left behind is harmless
		}
	}
}
