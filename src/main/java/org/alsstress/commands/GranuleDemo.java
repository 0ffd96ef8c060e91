package org.alsstress.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alsstress.granules.sim.FieldSimulator;
import org.alsstress.granules.sim.FieldSpec;
import org.alsstress.granules.sim.Scenario;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.alsstress.model.UserInputException;
import org.scijava.Context;
import org.scijava.command.CommandModule;

/**
 * The stress-granule part of the demo, through Segment Stress Granules: simulated control and arsenite
 * fields (two replicates each, with a conditions sheet, cell and apoptosis channels), and the real U2OS
 * control / arsenite pair when the demo data folder holds it.
 */
public final class GranuleDemo {

	/** Where the real pair is looked for on the class path (it is not bundled when too large for the jar). */
	public static final String U2OS_RESOURCES = "/org/alsstress/demo/stress-granules/";
	public static final String[] U2OS_FILES = { "u2os_control_dapi_g3bp1_pabpc1.tif",
		"u2os_arsenite_dapi_g3bp1_pabpc1.tif" };
	/** Where the pair lives in a project checkout (test data, with its attribution README). */
	static final String U2OS_CHECKOUT_FOLDER = "src/test/resources/org/alsstress/granules/u2os";
	/** The U2OS files have no pixel size; 0.1 um makes their nuclei 10-14.5 um across. */
	public static final double U2OS_PIXEL_UM = 0.1;

	private GranuleDemo() {}

	/**
	 * Writes {@code out/simulated_fields/} and its results {@code out/simulated_results/}, and with the real pair
	 * {@code out/u2os/} and {@code out/u2os_results/}. Returns the results folders.
	 */
	public static List<Path> run(Context context, Path out) throws IOException {
		List<Path> results = new ArrayList<>();
		Path fields = Files.createDirectories(out.resolve("simulated_fields"));
		DataTable conditions = new DataTable("image", "condition", "replicate");
		for (Scenario scenario : new Scenario[] { Scenario.CONTROL, Scenario.ARSENITE })
			for (int replicate = 1; replicate <= 2; replicate++) {
				String name = String.format(Locale.ROOT, "%s_%d", scenario.key(), replicate);
				FieldSimulator.simulate(scenario, 100 + replicate, FieldSpec.of(1024, 1024)).writeImage(fields, name);
				conditions.addRow(name + ".tif", scenario.key(), replicate);
			}
		TableFiles.write(conditions, fields.resolve("conditions.csv"));
		results.add(segment(context, "input", fields.toFile(), "conditions", fields.resolve("conditions.csv").toFile(),
			"cell_channel", 3, "apoptosis_channel", 4, "output", out.resolve("simulated_results").toFile()));
		Path real = copyU2os(out.resolve("u2os"));
		if (real != null) {
			Path sheet = real.resolve("conditions.csv");
			Files.write(sheet, List.of("pattern,condition,replicate", "*control*,control,1", "*arsenite*,arsenite,1"));
			results.add(segment(context, "input", real.toFile(), "conditions", sheet.toFile(), "nuclei_channel", 1,
				"granule_channel", 2, "pixel_size_um", U2OS_PIXEL_UM, "output", out.resolve("u2os_results").toFile()));
		}
		return results;
	}

	/**
	 * The real pair copied into {@code folder}, or null when it is neither on the class path nor in the
	 * project checkout named by the {@code als.home} property (bin/als-stress sets it).
	 */
	static Path copyU2os(Path folder) throws IOException {
		boolean onClassPath = true;
		for (String name : U2OS_FILES)
			onClassPath &= GranuleDemo.class.getResource(U2OS_RESOURCES + name) != null;
		Path checkout = checkoutCopy();
		if (!onClassPath && checkout == null) return null;
		Files.createDirectories(folder);
		for (String name : U2OS_FILES)
			try (InputStream in = onClassPath ? GranuleDemo.class.getResourceAsStream(U2OS_RESOURCES + name)
				: Files.newInputStream(checkout.resolve(name)))
			{
				Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
		return folder;
	}

	private static Path checkoutCopy() {
		String home = System.getProperty("als.home");
		if (home == null) return null;
		Path folder = Path.of(home, U2OS_CHECKOUT_FOLDER);
		for (String name : U2OS_FILES)
			if (!Files.isRegularFile(folder.resolve(name))) return null;
		return folder;
	}

	private static Path segment(Context context, Object... inputs) {
		CommandModule m = CommandRunner.run(context, SegmentStressGranules.class, inputs);
		if (m.isCanceled()) throw new UserInputException(m.getCancelReason());
		return Path.of((String) m.getOutput("results_folder"));
	}
}
