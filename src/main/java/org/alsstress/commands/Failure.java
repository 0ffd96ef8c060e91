package org.alsstress.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

import org.alsstress.model.IoReason;
import org.alsstress.model.NotEnoughMemoryException;
import org.alsstress.model.UserInputException;

/**
 * Why a run failed, and the message the user sees for it (never a stack trace): bad input the user must fix, a
 * file that could not be read or written (full disk, lost network drive), too little memory (with how to raise
 * it), or an internal error (a bug, to be reported).
 */
public enum Failure {
	BAD_INPUT, IO, OUT_OF_MEMORY, INTERNAL;

	/** The environment variable bin/als-stress passes to Java, e.g. {@code -Xmx8g}. */
	public static final String JAVA_OPTS = "ALS_STRESS_JAVA_OPTS";

	public static Failure of(Throwable t) {
		if (t instanceof UserInputException) return BAD_INPUT;
		if (t instanceof IOException || t instanceof UncheckedIOException) return IO;
		if (t instanceof OutOfMemoryError || t instanceof NotEnoughMemoryException) return OUT_OF_MEMORY;
		return INTERNAL;
	}

	/** What went wrong and what to do about it, in one message. */
	public static String describe(Throwable t) {
		switch (of(t)) {
			case BAD_INPUT:
				return t.getMessage();
			case IO:
				return ioMessage(t instanceof UncheckedIOException ? ((UncheckedIOException) t).getCause() : (IOException) t);
			case OUT_OF_MEMORY:
				return t instanceof NotEnoughMemoryException ? t.getMessage() + " " + outOfMemory() : outOfMemory();
			default:
				return "Internal error (" + t + "). This is a bug in ALS Stress Toolkit, not in your input: please " +
					"report it with the provenance.json of the run.";
		}
	}

	private static String ioMessage(IOException e) {
		String reason = IoReason.of(e);
		if (e instanceof FileSystemException && ((FileSystemException) e).getFile() != null) reason =
			((FileSystemException) e).getFile() + ": " + reason;
		return "Could not read or write a file: " + reason + ". Check that the disk is not full and that the " +
			"folders can be read and written, then run again.";
	}

	/** The message for an out-of-memory error: how much heap there was, and how to give Java more. */
	public static String outOfMemory() {
		long maxMb = Runtime.getRuntime().maxMemory() >> 20;
		long suggestedGb = Math.max(1, (2 * maxMb + 1023) / 1024);
		return "Not enough memory: Java may use at most " + maxMb + " MB here. Give it more: on the command line " +
			JAVA_OPTS + "=-Xmx" + suggestedGb + "g bin/als-stress ..., in Fiji Edit > Options > Memory & Threads. " +
			"A folder run analyses several images at once (one per core) and needs more: or let it analyse fewer at " +
			"a time with threads (--threads 1 on the command line, threads=1 in a macro).";
	}
}
