package org.alsstress.faults;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.alsstress.cli.Main;

/** Runs {@code bin/als-stress}'s entry point in this JVM and keeps what it printed. */
final class Cli {

	final int code;
	final String out;
	final String err;

	private Cli(int code, String out, String err) {
		this.code = code;
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs the command line; what the command logs (SciJava's log, ImageJ's) goes to System.out and System.err,
	 * which are captured too, as the user sees them on the terminal.
	 */
	static synchronized Cli run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		PrintStream stdout = System.out, stderr = System.err;
		PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true,
			StandardCharsets.UTF_8);
		int code;
		try {
			System.setOut(o);
			System.setErr(e);
			code = new Main(o, e).run(args);
		}
		finally {
			System.setOut(stdout);
			System.setErr(stderr);
		}
		return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	String all() {
		return out + err;
	}

	@Override
	public String toString() {
		return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
	}
}
