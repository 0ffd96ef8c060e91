package org.alsstress.blot.validation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.alsstress.blot.validation.QuantifyRun.Told;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.alsstress.model.ToolVersion;
import org.alsstress.model.UserInputException;
import org.scijava.Context;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;

/**
 * {@code als-stress validate blots}: Quantify TBK1 Bands, run as a user runs it on files, against the truth of
 * random layouts of both simulator families, three times per layout (told nothing, told {@code lanes=N}, given a
 * sample sheet naming N lanes). One markdown row per family, class and lane-count range; lane counts 13-26 and
 * the DNA-gel look are held out of tuning and marked so.
 */
public final class BlotValidationReport {
	public static final int DEFAULT_LAYOUTS = 400;

	private BlotValidationReport() {}

	/** Options of a report run. */
	public static final class Settings {
		public int layouts = DEFAULT_LAYOUTS;
		public long firstSeed = 1;
		public List<Families> families = List.of(Families.OLD, Families.NEW);
		/** Folder for layouts.csv and the files of every layout that went wrong, or null. */
		public Path output;
		/** Layouts measured at the same time (each through its own command runs). */
		public int threads = Runtime.getRuntime().availableProcessors();
		boolean help;

		public static Settings parse(String[] args) {
			Settings s = new Settings();
			if (Arrays.asList(args).contains("--help")) {
				s.help = true;
				return s;
			}
			for (int i = 0; i < args.length; i++) {
				String a = args[i];
				String value = i + 1 < args.length ? args[i + 1] : null;
				if (value == null) throw usage("'" + a + "' needs a value.");
				i++;
				try {
					switch (a) {
						case "--layouts":
							s.layouts = Integer.parseInt(value);
							if (s.layouts < 1) throw new NumberFormatException();
							break;
						case "--first-seed":
							s.firstSeed = Long.parseLong(value);
							break;
						case "--family":
							s.families = value.equals("both") ? List.of(Families.OLD, Families.NEW) : List.of(Families.valueOf(value
								.toUpperCase(Locale.ROOT)));
							break;
						case "--output":
							s.output = Path.of(value);
							break;
						case "--threads":
							s.threads = Integer.parseInt(value);
							if (s.threads < 1) throw new NumberFormatException();
							break;
						default:
							throw usage("unknown option '" + a + "'.");
					}
				}
				catch (IllegalArgumentException e) {
					throw usage("cannot read '" + a + " " + value + "'.");
				}
			}
			return s;
		}

		private static UserInputException usage(String problem) {
			return new UserInputException("validate blots: " + problem + " " + USAGE);
		}

		static final String USAGE = "Usage: als-stress validate blots [--layouts N (per family, default 400)] [--first-seed S (default 1)]"
				+ " [--family old|new|both] [--threads T (default: the processors)] [--output folder (layouts.csv and the files"
				+ " of layouts that went wrong)]";
	}

	/** One row of the table: a family, class and lane-count range. */
	static final class Row {
		final String family, kind, laneRange;
		final boolean heldOut;
		final List<LayoutOutcome> outcomes = new ArrayList<>();

		Row(String family, String kind, String laneRange, boolean heldOut) {
			this.family = family;
			this.kind = kind;
			this.laneRange = laneRange;
			this.heldOut = heldOut;
		}

		double percent(java.util.function.Predicate<LayoutOutcome> p) {
			return 100.0 * outcomes.stream().filter(p).count() / outcomes.size();
		}

		double failedRuns() {
			long failed = 0;
			for (LayoutOutcome o : outcomes)
				for (Told t : Told.values())
					if (o.failed(t)) failed++;
			return 100.0 * failed / (3.0 * outcomes.size());
		}

		List<Double> ratioErrors() {
			List<Double> all = new ArrayList<>();
			outcomes.forEach(o -> all.addAll(o.ratioErrors()));
			return all;
		}

		List<Double> foldChangeErrors() {
			List<Double> all = new ArrayList<>();
			for (LayoutOutcome o : outcomes)
				if (Double.isFinite(o.foldChangeError())) all.add(o.foldChangeError());
			return all;
		}
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Settings settings = Settings.parse(args);
		if (settings.help) {
			out.println(Settings.USAGE);
			return 0;
		}
		long start = System.nanoTime();
		List<LayoutOutcome> outcomes = measure(settings, err);
		double seconds = (System.nanoTime() - start) / 1e9;
		print(out, outcomes, settings, seconds);
		if (settings.output != null) try {
			writeLayouts(outcomes, settings.output);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return 0;
	}

	public static List<LayoutOutcome> measure(Settings settings, PrintStream progress) {
		Path scratch;
		try {
			scratch = Files.createTempDirectory("als-validate-blots");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ExecutorService pool = Executors.newFixedThreadPool(settings.threads);
		try (Context context = new Context()) {
			// the runs' own warnings (a saturated band, a lane that cannot be matched) are what the table counts
			context.service(LogService.class).setLevel(LogLevel.NONE);
			List<Future<LayoutOutcome>> futures = new ArrayList<>();
			for (Families family : settings.families)
				for (int i = 0; i < settings.layouts; i++) {
					Families.Layout layout = family.layout(settings.firstSeed + i);
					futures.add(pool.submit(() -> measure(context, layout, scratch, settings.output)));
				}
			List<LayoutOutcome> outcomes = new ArrayList<>();
			for (Future<LayoutOutcome> f : futures) {
				outcomes.add(f.get());
				if (progress != null && outcomes.size() % 100 == 0) progress.printf(Locale.ROOT, "%d of %d layouts%n", outcomes
					.size(), futures.size());
			}
			return outcomes;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("a layout could not be measured: " + e.getCause(), e.getCause());
		}
		finally {
			pool.shutdownNow();
			delete(scratch);
		}
	}

	/** Writes the layout's files, runs the command three ways, and keeps the files when something went wrong. */
	public static LayoutOutcome measure(Context context, Families.Layout layout, Path scratch, Path keep) {
		ValidationBlot blot = layout.simulate();
		Path folder = layoutFolder(scratch, layout);
		LayoutOutcome outcome = new LayoutOutcome(layout, blot.lanes());
		try {
			blot.write(folder);
			for (Told told : Told.values())
				outcome.runs.put(told, QuantifyRun.run(context, blot, folder, told, folder.resolve("results_" + told.name()
					.toLowerCase(Locale.ROOT))));
			boolean wrong = !outcome.firstFailure().isEmpty();
			for (Told told : Told.values())
				wrong |= !outcome.lanesRight(told);
			if (keep != null && wrong) copy(folder, keep.resolve("cases").resolve(folder.getFileName()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			delete(folder);
		}
		return outcome;
	}

	static List<Row> rows(List<LayoutOutcome> outcomes) {
		Map<String, Row> rows = new LinkedHashMap<>();
		List<LayoutOutcome> sorted = new ArrayList<>(outcomes);
		sorted.sort(Comparator.comparing((LayoutOutcome o) -> o.layout.family.ordinal()).thenComparing(o -> o.layout.heldOut())
			.thenComparing(o -> Arrays.asList(o.layout.family.kinds).indexOf(o.layout.kind)).thenComparing(o -> o.layout.lanes
				> Families.TUNING_MAX_LANES));
		for (LayoutOutcome o : sorted) {
			Families.Layout l = o.layout;
			String range = l.lanes > Families.TUNING_MAX_LANES ? (Families.TUNING_MAX_LANES + 1) + "-26" : "2-"
				+ Families.TUNING_MAX_LANES;
			rows.computeIfAbsent(l.family.key() + l.kind + range, k -> new Row(l.family.label, l.kind, range, l.heldOut()))
				.outcomes.add(o);
		}
		return new ArrayList<>(rows.values());
	}

	static void print(PrintStream out, List<LayoutOutcome> outcomes, Settings settings, double seconds) {
		out.printf(Locale.ROOT, "Quantify TBK1 Bands (%s %s) on %d random layouts per family (seeds %d-%d), each run three"
			+ " times through the command on its files: %.0f s on %d threads%n", ToolVersion.TOOL_NAME, ToolVersion.get(),
			settings.layouts, settings.firstSeed, settings.firstSeed + settings.layouts - 1, seconds, settings.threads);
		out.println();
		out.println("| family | class | sample lanes | held out | layouts | count right, told nothing | lanes right, told nothing |"
			+ " lanes right, lanes=N | lanes right, sample sheet | runs without results | median ratio error |"
			+ " 90th pct ratio error | median fold-change error | 90th pct fold-change error |");
		out.println("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (Row r : rows(outcomes)) {
			List<Double> ratio = r.ratioErrors(), fold = r.foldChangeErrors();
			out.printf(Locale.ROOT, "| %s | %s | %s | %s | %d | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %s | %s | %s | %s |%n",
				r.family, r.kind, r.laneRange, r.heldOut ? "yes" : "no", r.outcomes.size(), r.percent(o -> o.countRight(
					Told.NOTHING)), r.percent(o -> o.lanesRight(Told.NOTHING)), r.percent(o -> o.lanesRight(Told.LANE_COUNT)), r
						.percent(o -> o.lanesRight(Told.SAMPLE_SHEET)), r.failedRuns(), pct(quantile(ratio, 0.5)), pct(quantile(ratio,
							0.9)), pct(quantile(fold, 0.5)), pct(quantile(fold, 0.9)));
		}
		out.println();
		StringBuilder response = new StringBuilder();
		for (String kind : Families.NEW.kinds) {
			List<Double> d = new ArrayList<>();
			for (LayoutOutcome o : outcomes)
				if (o.layout.family == Families.NEW && o.layout.kind.equals(kind)) d.addAll(o.responseDeviations());
			if (!d.isEmpty()) response.append(response.length() == 0 ? "" : ", ").append(kind).append(" ").append(pct(quantile(d,
				0.5)));
		}
		if (response.length() > 0) out.println("The imager exports' own ratios against the loaded amounts (gradients, bubbles,"
			+ " film's response; before any measuring), median |image/loaded - 1|: " + response + ".");
		out.println("Lanes right: as many lanes as the truth, each centred within half a lane width of its true lane."
			+ " Ratio errors: |measured/true - 1| of pTBK1/TBK1 per measurable lane (unsaturated, with bands), in the run"
			+ " given the sample sheet; fold change: ALS over control over the lanes that run used.");
	}

	private static String pct(double v) {
		return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f %%", 100 * v);
	}

	static double quantile(List<Double> values, double q) {
		if (values.isEmpty()) return Double.NaN;
		double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double pos = q * (v.length - 1);
		int lo = (int) Math.floor(pos), hi = (int) Math.ceil(pos);
		return v[lo] + (pos - lo) * (v[hi] - v[lo]);
	}

	private static void writeLayouts(List<LayoutOutcome> outcomes, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<String> columns = new ArrayList<>(List.of("family", "class", "seed", "sample_lanes", "held_out"));
		for (Told told : Told.values()) {
			String mode = told.name().toLowerCase(Locale.ROOT);
			columns.addAll(List.of("lanes_found_" + mode, "lanes_right_" + mode, "failure_" + mode));
		}
		columns.addAll(List.of("median_ratio_error", "fold_change_error"));
		DataTable table = new DataTable(columns);
		for (LayoutOutcome o : outcomes) {
			List<Object> row = new ArrayList<>(List.of(o.layout.family.key(), o.layout.kind, o.layout.seed, o.layout.lanes, o
				.layout.heldOut()));
			for (Told told : Told.values()) {
				QuantifyRun run = o.runs.get(told);
				row.addAll(List.of(run.failed() ? "" : String.valueOf(run.lanes.size()), o.lanesRight(told), run.failed()
					? run.failure : ""));
			}
			row.addAll(List.of(quantile(o.ratioErrors(), 0.5), o.foldChangeError()));
			table.addRow(row.toArray());
		}
		TableFiles.write(table, folder.resolve("layouts.csv"));
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(f).toString());
				if (Files.isDirectory(f)) Files.createDirectories(target);
				else Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/** Where a layout's images and results go under a scratch folder. */
	static Path layoutFolder(Path scratch, Families.Layout layout) {
		return scratch.resolve(layout.family.key() + "_" + layout.kind + "_" + layout.seed);
	}

	static void delete(Path folder) {
		if (!Files.exists(folder)) return;
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
