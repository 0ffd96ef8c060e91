package org.alsstress.cli;

import java.io.PrintStream;

import org.alsstress.blot.BlotBenchmark;

/**
 * {@code als-stress benchmark}: speed and memory of each assay, each against
 * a plain baseline measured in the same run on the same machine.
 */
final class Benchmarks {

	private Benchmarks() {}

	static int run(String[] args, PrintStream out, PrintStream err) {
		BlotBenchmark.main(new String[0]);
		try {
			org.alsstress.granules.GranuleBenchmark.main(new String[0]);
		}
		catch (java.io.IOException e) {
			err.println("als-stress benchmark: " + e.getMessage());
			return Main.FAILED;
		}
		return Main.OK;
	}
}
