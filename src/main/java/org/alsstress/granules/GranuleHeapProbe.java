package org.alsstress.granules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import ij.ImagePlus;

import org.alsstress.benchmark.HeapMeter;
import org.alsstress.benchmark.SmallestHeap;
import org.alsstress.commands.CommandRunner;
import org.alsstress.commands.SegmentStressGranules;
import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.io.ImageOpener;
import org.scijava.Context;
import org.scijava.command.CommandModule;

/**
 * One run of the stress-granule pipeline in a JVM of its own, for finding the smallest heap (-Xmx) that
 * completes it ({@link SmallestHeap} runs it under shrinking heaps):
 * <ul>
 * <li>{@code fields DIR N}: writes N simulated 1024 x 1024 4-channel arsenite fields (seeds 1..N) to DIR;</li>
 * <li>{@code analyze FILE}: opens one field and runs the pipeline on it (no command, no outputs);</li>
 * <li>{@code command INPUT OUTPUT THREADS}: Segment Stress Granules on a file or folder, all outputs;</li>
 * <li>{@code smallest [FIELDS [STEP_MB [TRIES]]]}: the smallest heaps for one field and for a folder of FIELDS
 * (default 8) on 1 and 2 threads, to STEP_MB (default 4), a heap working when TRIES (default 2) runs in a row
 * complete (benchmark/smallest-heap.sh).</li>
 * </ul>
 * It exits explicitly: the SciJava context leaves non-daemon threads behind.
 */
public final class GranuleHeapProbe {

	private GranuleHeapProbe() {}

	public static void main(String[] args) throws IOException {
		switch (args.length == 0 ? "" : args[0]) {
			case "fields":
				writeFields(Paths.get(args[1]), Integer.parseInt(args[2]));
				break;
			case "analyze":
				analyze(Paths.get(args[1]));
				break;
			case "command":
				command(Paths.get(args[1]), Paths.get(args[2]), Integer.parseInt(args[3]));
				break;
			case "smallest":
				smallest(args.length > 1 ? Integer.parseInt(args[1]) : 8, args.length > 2 ? Integer.parseInt(args[2]) : 4,
					args.length > 3 ? Integer.parseInt(args[3]) : 2);
				break;
			default:
				System.err.println("usage: GranuleHeapProbe fields DIR N | analyze FILE | " +
					"command INPUT OUTPUT THREADS | smallest [FIELDS [STEP_MB [TRIES]]]");
				System.exit(2);
		}
		System.exit(0);
	}

	/** Writes N simulated 1024 x 1024 4-channel arsenite fields, field_01.tif ... (seeds 1..N). */
	public static void writeFields(Path folder, int n) throws IOException {
		for (int k = 1; k <= n; k++)
			FieldSimulator.simulate(Scenario.ARSENITE, k, FieldSpec.standard()).writeImage(folder, String.format(
				Locale.ROOT, "field_%02d", k));
	}

	/** The smallest heap that runs the pipeline (open, load, analyse) on the folder's first field. */
	public static SmallestHeap.Result forOneField(Path fields, int stepMb, int tries) throws IOException {
		return SmallestHeap.find(stepMb, tries, GranuleHeapProbe.class, "analyze", fields.resolve("field_01.tif")
			.toString());
	}

	/** The smallest heap that runs Segment Stress Granules (all outputs) on the folder with this many threads. */
	public static SmallestHeap.Result forFolder(Path fields, Path output, int threads, int stepMb, int tries)
		throws IOException
	{
		return SmallestHeap.find(stepMb, tries, GranuleHeapProbe.class, "command", fields.toString(), output.toString(),
			String.valueOf(threads));
	}

	private static void smallest(int fields, int stepMb, int tries) throws IOException {
		Path work = Files.createTempDirectory("granule-heap");
		try {
			writeFields(work.resolve("fields"), fields);
			Files.createDirectories(work.resolve("one"));
			Files.copy(work.resolve("fields/field_01.tif"), work.resolve("one/field_01.tif"));
			System.out.println(HeapMeter.machine().replaceFirst(", max heap.*", "") + "; -Xmx to " + stepMb + " MB, " +
				tries + " runs in a row must complete");
			System.out.println("One 1024x1024 4-channel field, pipeline only (open, load, analyse): " + forOneField(work
				.resolve("fields"), stepMb, tries));
			System.out.println("One field, Segment Stress Granules (all outputs): " + forFolder(work.resolve("one"), work
				.resolve("out"), 1, stepMb, tries));
			for (int threads = 1; threads <= 2; threads++)
				System.out.println("Folder of " + fields + " fields, Segment Stress Granules, " + threads + " thread" +
					(threads == 1 ? ": " : "s: ") + forFolder(work.resolve("fields"), work.resolve("out"), threads, stepMb,
						tries));
		}
		finally {
			try (Stream<Path> walk = Files.walk(work)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void analyze(Path file) {
		List<ImagePlus> images = ImageOpener.open(file);
		FieldLoader.Loaded loaded = FieldLoader.load(images.get(0), file.getFileName().toString(), 1, 2, 3, 4, 0,
			FieldLoader.ZProjection.MAX, 1);
		images.clear();
		SegmentationSettings settings = new SegmentationSettings();
		settings.pixelSizeUm = loaded.pixelSizeUm;
		FieldAnalysis analysis = FieldAnalyzer.analyze(loaded.field, settings, null, null);
		System.out.println(analysis.cellResults.size() + " cells, " + analysis.granules.granules.size() + " granules");
	}

	private static void command(Path input, Path output, int threads) {
		try (Context context = new Context()) {
			CommandModule m = CommandRunner.run(context, SegmentStressGranules.class, "input", input.toFile(), "output",
				output.toFile(), "overwrite", true, "cell_channel", 3, "apoptosis_channel", 4, "threads", threads);
			if (m.isCanceled()) {
				System.err.println(m.getCancelReason());
				System.exit(1);
			}
		}
	}
}
