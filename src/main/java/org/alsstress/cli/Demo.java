package org.alsstress.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

import org.alsstress.commands.BlotDemo;
import org.alsstress.commands.CommandRunner;
import org.alsstress.commands.GranuleDemo;
import org.alsstress.commands.SummarizeExperiment;
import org.alsstress.io.OutputFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.alsstress.model.ResultsFolder;
import org.alsstress.model.ToolVersion;
import org.alsstress.model.UserInputException;
import org.scijava.Context;
import org.scijava.command.CommandModule;

/**
 * {@code als-stress demo}: analyses the bundled sample images end to end,
 * each step through the same commands a user runs, into one results folder.
 */
final class Demo {

	/** The demo folder's claim marker, with a line saying what the folder holds. */
	private static final String README = "README.txt";

	private Demo() {}

	static int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
		Path requested = Paths.get("demo-results");
		if (args.length == 2 && args[0].equals("--output")) requested = Paths.get(args[1]);
		else if (args.length != 0) throw new UsageException(
			"Usage: als-stress demo [--output folder]");
		Path folder = ResultsFolder.claim(requested, false, README);
		out.println("Demo results go to " + folder);
		try (Context context = new Context()) {
			OutputFiles.writeString(folder.resolve(README), ToolVersion.TOOL_NAME + " " + ToolVersion.get() +
				" demo: blots/ (a simulated blot triple and a real strip), blot_summary/ (their statistics), " +
				"stress_granules/ (simulated fields and a real U2OS pair). Each results folder has its provenance.json.\n");
			out.println("1. Western blots: simulated ALS-vs-control triple and a real 13-lane strip");
			List<Path> blots = BlotDemo.run(context, folder.resolve("blots"));
			blots.forEach(p -> out.println("   " + p));
			out.println("2. Summary of the simulated blot: normalized pTBK1/TBK1 by group");
			out.println("   " + summarize(context, blots.get(0), folder.resolve("blot_summary"),
				"normalized_ratio", "each object"));
			out.println("3. Stress granules: simulated control and arsenite fields (2 replicates each)"
				+ " and the real U2OS control / arsenite pair");
			for (Path results : GranuleDemo.run(context, folder.resolve("stress_granules"))) {
				out.println("   " + results);
				printSgPositive(results, out);
			}
		}
		catch (IOException e) {
			err.println("als-stress demo: " + e.getMessage());
			return Main.FAILED;
		}
		out.println("Done. Open " + folder + " to see the tables, overlays and plots.");
		return Main.OK;
	}

	private static void printSgPositive(Path results, PrintStream out) throws IOException {
		DataTable images = TableFiles.read(results.resolve("images.csv"));
		for (int row = 0; row < images.rowCount(); row++)
			out.println(String.format(Locale.ROOT, "     %-45s %-9s %3d cells, %5.1f %% SG-positive, %4.2f granules/cell",
				images.getString(row, "image"), images.getString(row, "condition"), (int) images.getDouble(row,
					"cells"), images.getDouble(row, "pct_sg_positive"), images.getDouble(row, "granules_per_cell")));
	}

	private static String summarize(Context context, Path measurements, Path output, String metric,
		String unitOfAnalysis)
	{
		CommandModule m = CommandRunner.run(context, SummarizeExperiment.class, "measurements",
			measurements.toString(), "output", output.toFile(), "metric", metric, "unit_of_analysis",
			unitOfAnalysis);
		if (m.isCanceled()) throw new UserInputException(m.getCancelReason());
		return (String) m.getOutput("results_folder");
	}
}
