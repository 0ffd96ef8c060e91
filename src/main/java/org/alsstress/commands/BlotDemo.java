package org.alsstress.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alsstress.blot.SimulatedBlot;
import org.alsstress.model.UserInputException;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;

/**
 * The blot part of the demo: a simulated ALS-vs-control triple (pTBK1/TBK1 in ALS lanes at 45 % of
 * control, as with collapsed MAM; a ladder and one overexposed lane) quantified against its sample sheet, and lane and band finding on a real 13-lane strip.
 */
public final class BlotDemo {
	private static final String STRIP = "/org/alsstress/demo/blots/wb_strip_13lanes.png";

	private BlotDemo() {}

	/** Writes into {@code out}: simulated_blot/, simulated_blot_results/, real_strip_results/. Returns the results folders. */
	public static List<Path> run(Path out) throws IOException {
		Context context = new Context();
		try {
			return run(context, out);
		}
		finally {
			context.dispose();
		}
	}

	public static List<Path> run(Context context, Path out) throws IOException {
		Files.createDirectories(out);
		List<Path> results = new ArrayList<>();
		Path sim = Path.of(run(context, SimulateBlot.class, "output", out.resolve("simulated_blot").toFile(), "ladder", true,
			"saturated_lanes", "4", "difficulty", "hard", "seed", 7L, "fold_change", 0.45));
		results.add(Path.of(run(context, QuantifyTbk1Bands.class, "target", sim.resolve("blot_target.tif").toFile(),
			"reference", sim.resolve("blot_reference.tif").toFile(), "loading", sim.resolve("blot_loading.tif").toFile(),
			"samples", sim.resolve(SimulatedBlot.SAMPLES_FILE).toFile(), "control_group", "control", "output",
			out.resolve("simulated_blot_results").toFile())));
		Path strip = out.resolve("wb_strip_13lanes.png");
		try (InputStream in = BlotDemo.class.getResourceAsStream(STRIP)) {
			Files.copy(in, strip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		// one image only: the strip serves as target and reference, to show lanes and drifting bands
		results.add(Path.of(run(context, QuantifyTbk1Bands.class, "target", strip.toFile(), "reference", strip.toFile(),
			"output", out.resolve("real_strip_results").toFile())));
		return results;
	}

	private static String run(Context context, Class<? extends Command> command, Object... inputs) {
		CommandModule m = CommandRunner.run(context, command, inputs);
		if (m.isCanceled()) throw new UserInputException(m.getCancelReason());
		return (String) m.getOutput("results_folder");
	}
}
