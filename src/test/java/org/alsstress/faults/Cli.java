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

	static Cli run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
			StandardCharsets.UTF_8)).run(args);
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
