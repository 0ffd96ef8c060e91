package org.alsstress.granules;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

import ij.ImagePlus;

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
 * completes it (benchmark/smallest-heap.sh runs it under shrinking heaps with -XX:+ExitOnOutOfMemoryError):
 * <ul>
 * <li>{@code fields DIR N}: writes N simulated 1024 x 1024 4-channel arsenite fields (seeds 1..N) to DIR;</li>
 * <li>{@code analyze FILE}: opens one field and runs the pipeline on it (no command, no outputs);</li>
 * <li>{@code command INPUT OUTPUT THREADS}: Segment Stress Granules on a file or folder, all outputs.</li>
 * </ul>
 * It exits explicitly: the SciJava context leaves non-daemon threads behind.
 */
public final class GranuleHeapProbe {

	private GranuleHeapProbe() {}

	public static void main(String[] args) throws IOException {
		switch (args.length == 0 ? "" : args[0]) {
			case "fields":
				for (int k = 1; k <= Integer.parseInt(args[2]); k++)
					FieldSimulator.simulate(Scenario.ARSENITE, k, FieldSpec.standard()).writeImage(Paths.get(args[1]), String
						.format(Locale.ROOT, "field_%02d", k));
				break;
			case "analyze":
				analyze(Paths.get(args[1]));
				break;
			case "command":
				command(Paths.get(args[1]), Paths.get(args[2]), Integer.parseInt(args[3]));
				break;
			default:
				System.err.println("usage: GranuleHeapProbe fields DIR N | analyze FILE | command INPUT OUTPUT THREADS");
				System.exit(2);
		}
		System.exit(0);
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
		System.setProperty(SegmentStressGranules.THREADS_PROPERTY, String.valueOf(threads));
		try (Context context = new Context()) {
			CommandModule m = CommandRunner.run(context, SegmentStressGranules.class, "input", input.toFile(), "output",
				output.toFile(), "overwrite", true, "cell_channel", 3, "apoptosis_channel", 4);
			if (m.isCanceled()) {
				System.err.println(m.getCancelReason());
				System.exit(1);
			}
		}
	}
}
