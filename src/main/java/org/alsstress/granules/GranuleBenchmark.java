package org.alsstress.granules;

import static org.alsstress.benchmark.HeapMeter.peakHeap;
import static org.alsstress.benchmark.HeapMeter.resetPeaks;
import static org.alsstress.benchmark.HeapMeter.usedHeapAfterGc;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
 * Memory: the peak of the heap pools counts garbage a roomy heap has no reason to collect, so it mostly
 * says how large the JVM let the heap grow; what a run needs is the smallest heap (-Xmx) that completes
 * it, found with runs in separate JVMs ({@link GranuleHeapProbe}). {@code GranuleBenchmark [fields in the
 * folder, default 8]}.
 */
public final class GranuleBenchmark {

	private static final int REPEATS = 5;
	/** Precision (MB) of the smallest heaps. */
	private static final int HEAP_STEP_MB = 4;

	private GranuleBenchmark() {}

	public static void main(String[] args) throws IOException {
		int fields = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		oneField();
		Path folder = Files.createTempDirectory("granule-benchmark");
		try {
			GranuleHeapProbe.writeFields(folder.resolve("fields"), fields);
			folderRuns(folder, fields);
			int cores = Runtime.getRuntime().availableProcessors();
			System.out.println("Smallest heap (-Xmx, to " + HEAP_STEP_MB + " MB) that completes one field (open, load, " +
				"analyse): " + GranuleHeapProbe.forOneField(folder.resolve("fields"), HEAP_STEP_MB, 1) + "; the folder " +
				"(command, all outputs) on " + cores + " thread" + (cores == 1 ? "" : "s") + ": " + GranuleHeapProbe
					.forFolder(folder.resolve("fields"), folder.resolve("heap"), cores, HEAP_STEP_MB, 1));
		}
		finally {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void oneField() {
		SimulatedField field = FieldSimulator.simulate(Scenario.ARSENITE, 1, FieldSpec.standard());
		FieldImage image = new FieldImage("field", field.channel(SimulatedField.NUCLEI_CHANNEL), field.channel(
			SimulatedField.GRANULE_CHANNEL), field.channel(SimulatedField.CELL_CHANNEL), field.channel(
				SimulatedField.APOPTOSIS_CHANNEL));
		SegmentationSettings settings = new SegmentationSettings();
		settings.pixelSizeUm = field.spec().pixelUm;
		int threads = Prefs.getThreads();
		Prefs.setThreads(1);
		try {
			for (int i = 0; i < 2; i++)
				FieldAnalyzer.analyze(image, settings, null, null);
			long before = usedHeapAfterGc(), allocated = allocatedByThisThread();
			resetPeaks();
			long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
			long t = System.nanoTime();
			FieldAnalysis result = null;
			for (int i = 0; i < REPEATS; i++)
				result = FieldAnalyzer.analyze(image, settings, null, null);
			double pipeline = (System.nanoTime() - t) / 1e9 / REPEATS;
			double pipelineCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9 / REPEATS;
			long peak = peakHeap();
			allocated = (allocatedByThisThread() - allocated) / REPEATS;
			long held = usedHeapAfterGc() - before;
			FindMaximaBaseline plain = new FindMaximaBaseline(field.spec().pixelUm);
			for (int i = 0; i < 2; i++)
				plain.detect(field.channel(SimulatedField.GRANULE_CHANNEL));
			t = System.nanoTime();
			for (int i = 0; i < REPEATS; i++)
				plain.detect(field.channel(SimulatedField.GRANULE_CHANNEL));
			double baseline = (System.nanoTime() - t) / 1e9 / REPEATS;
			System.out.println(String.format(Locale.ROOT, "One 1024x1024 4-channel field (8 MB of 16-bit pixels), one " +
				"core: pipeline %.3f s (%.3f s of CPU time, which other processes on the machine do not inflate), " +
				"plain Find Maxima + Analyze Particles %.3f s (ratio %.1f); it allocates %s MB per field, its result " +
				"(%d cells, three int label images) holds %d MB, heap pools peaked %d MB (includes garbage not yet " +
				"collected)", pipeline, pipelineCpu, baseline, pipeline / baseline, allocated < 0 ? "?" : String.valueOf(allocated >> 20),
				result.cellResults.size(), held >> 20, peak >> 20));
		}
		finally {
			Prefs.setThreads(threads);
		}
	}

	/** Bytes allocated by this thread so far (-1 where the JVM does not tell). */
	private static long allocatedByThisThread() {
		java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
		if (!(bean instanceof com.sun.management.ThreadMXBean)) return -1;
		return ((com.sun.management.ThreadMXBean) bean).getThreadAllocatedBytes(Thread.currentThread().getId());
	}

	private static void folderRuns(Path folder, int fields) {
		try (Context context = new Context()) {
			int cores = Runtime.getRuntime().availableProcessors();
			double single = 0;
			for (int threads : cores > 1 ? new int[] { 1, cores } : new int[] { 1 }) {
				usedHeapAfterGc();
				resetPeaks();
				long t = System.nanoTime();
				CommandModule m = CommandRunner.run(context, SegmentStressGranules.class, "input", folder.resolve("fields")
					.toFile(), "output", folder.resolve("results_" + threads).toFile(), "cell_channel", 3,
					"apoptosis_channel", 4, "threads", threads);
				double seconds = (System.nanoTime() - t) / 1e9;
				if (m.isCanceled()) throw new IllegalStateException(m.getCancelReason());
				if (threads == 1) single = seconds;
				System.out.println(String.format(Locale.ROOT, "Folder of %d fields (command, all outputs), %d thread%s: " +
					"%.2f s per field, speed-up %.2f, heap pools peaked %d MB (includes garbage not yet collected)", fields,
					threads, threads == 1 ? "" : "s", seconds / fields, single / seconds, peakHeap() >> 20));
			}
		}
	}
}
