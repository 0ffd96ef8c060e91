package org.alsstress.granules;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import ij.Prefs;

import org.alsstress.commands.CommandRunner;
import org.alsstress.commands.SegmentStressGranules;
import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.granules.sim.SimulatedField;
import org.alsstress.granules.validation.FindMaximaBaseline;
import org.scijava.Context;
import org.scijava.command.CommandModule;

/**
 * Speed and memory of the stress-granule pipeline on 1024 x 1024 4-channel simulated arsenite fields: one
 * field on one core against a plain ImageJ 1.x Find Maxima + Analyze Particles pass on the same field in
 * the same run, then Segment Stress Granules on a folder of fields with 1 thread and with every core.
 * {@code GranuleBenchmark [fields in the folder, default 8]}.
 */
public final class GranuleBenchmark {

	private static final int REPEATS = 5;

	private GranuleBenchmark() {}

	public static void main(String[] args) throws IOException {
		int fields = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		SimulatedField field = FieldSimulator.simulate(Scenario.ARSENITE, 1, FieldSpec.standard());
		FieldImage image = new FieldImage("field", field.channel(SimulatedField.NUCLEI_CHANNEL), field.channel(
			SimulatedField.GRANULE_CHANNEL), field.channel(SimulatedField.CELL_CHANNEL), field.channel(
				SimulatedField.APOPTOSIS_CHANNEL));
		SegmentationSettings settings = new SegmentationSettings();
		settings.pixelSizeUm = field.spec().pixelUm;
		int threads = Prefs.getThreads();
		Prefs.setThreads(1);
		double pipeline, baseline;
		try {
			for (int i = 0; i < 2; i++)
				FieldAnalyzer.analyze(image, settings, null, null);
			resetPeaks();
			long t = System.nanoTime();
			for (int i = 0; i < REPEATS; i++)
				FieldAnalyzer.analyze(image, settings, null, null);
			pipeline = (System.nanoTime() - t) / 1e9 / REPEATS;
			long oneField = peakHeap();
			FindMaximaBaseline plain = new FindMaximaBaseline(field.spec().pixelUm);
			for (int i = 0; i < 2; i++)
				plain.detect(field.channel(SimulatedField.GRANULE_CHANNEL));
			t = System.nanoTime();
			for (int i = 0; i < REPEATS; i++)
				plain.detect(field.channel(SimulatedField.GRANULE_CHANNEL));
			baseline = (System.nanoTime() - t) / 1e9 / REPEATS;
			System.out.println(String.format(Locale.ROOT, "One 1024x1024 4-channel field, one core: pipeline %.3f s, " +
				"plain Find Maxima + Analyze Particles %.3f s (ratio %.1f); peak heap %d MB", pipeline, baseline,
				pipeline / baseline, oneField >> 20));
		}
		finally {
			Prefs.setThreads(threads);
		}
		folderRuns(fields);
	}

	private static void folderRuns(int fields) throws IOException {
		Path folder = Files.createTempDirectory("granule-benchmark");
		try (Context context = new Context()) {
			for (int k = 1; k <= fields; k++)
				FieldSimulator.simulate(Scenario.ARSENITE, k, FieldSpec.standard()).writeImage(folder.resolve("fields"),
					String.format(Locale.ROOT, "field_%02d", k));
			int cores = Runtime.getRuntime().availableProcessors();
			double single = 0;
			for (int threads : cores > 1 ? new int[] { 1, cores } : new int[] { 1 }) {
				System.setProperty(SegmentStressGranules.THREADS_PROPERTY, String.valueOf(threads));
				resetPeaks();
				long t = System.nanoTime();
				CommandModule m = CommandRunner.run(context, SegmentStressGranules.class, "input", folder.resolve("fields")
					.toFile(), "output", folder.resolve("results_" + threads).toFile(), "cell_channel", 3,
					"apoptosis_channel", 4);
				double seconds = (System.nanoTime() - t) / 1e9;
				if (m.isCanceled()) throw new IllegalStateException(m.getCancelReason());
				if (threads == 1) single = seconds;
				System.out.println(String.format(Locale.ROOT, "Folder of %d fields (command, all outputs), %d thread%s: " +
					"%.2f s per field, speed-up %.2f, peak heap %d MB", fields, threads, threads == 1 ? "" : "s", seconds /
						fields, single / seconds, peakHeap() >> 20));
			}
		}
		finally {
			System.clearProperty(SegmentStressGranules.THREADS_PROPERTY);
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
		return sum;
	}
}
