package org.alsstress.cli;

import java.io.PrintStream;

/** {@code als-stress benchmark}: the speed and memory figures of each assay. */
final class Benchmarks {

	private Benchmarks() {}

	static int run(String[] args, PrintStream out, PrintStream err) {
		out.println("No benchmarks yet.");
		return Main.OK;
	}
}
