package org.alsstress.fiji.runtime;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the steps of one Fiji JVM left: each step's stdout (Log window lines), stderr and return value. */
public final class FijiSession {

	private final Path folder;
	private final String jvmLog;

	FijiSession(final Path folder, final String jvmLog) {
		this.folder = folder;
		this.jvmLog = jvmLog;
	}

	/** What the step printed to stdout: headless, the Log window's lines. */
	public String out(final String step) {
		return read(step, ".out");
	}

	/** What the step printed to stderr: SciJava's log and macro errors. */
	public String err(final String step) {
		return read(step, ".err");
	}

	/** The macro's return value ("null" for none) or the script's outputs, one name=value a line. */
	public String returned(final String step) {
		return read(step, ".ret");
	}

	/** Everything a step printed, for assertion messages. */
	public String transcript(final String step) {
		return "--- " + step + " returned: " + returned(step) + "\n--- stdout:\n" + out(step) + "--- stderr:\n" +
			FijiRuntime.tail(err(step));
	}

	/** The step ran to its end without a macro error or an exception reaching the log. */
	public void assertClean(final String step) {
		final String err = err(step);
		assertFalse(transcript(step), err.contains("Macro Error") || err.contains("Exception") || err.contains(
			"[ERROR]"));
		assertFalse(transcript(step), returned(step).startsWith("[threw") || returned(step).startsWith("[canceled"));
	}

	/** The step's macro was stopped by a macro error carrying this message. */
	public void assertMacroError(final String step, final String message) {
		final String err = err(step);
		assertTrue(transcript(step), err.contains("Macro Error") && err.contains(message));
	}

	public String jvmLog() {
		return jvmLog;
	}

	private String read(final String step, final String suffix) {
		try {
			return new String(Files.readAllBytes(folder.resolve(step + suffix)), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("step " + step + " left no " + suffix + " (did it run?)\n" +
				FijiRuntime.tail(jvmLog), e);
		}
	}
}
