package org.alsstress.benchmark;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The smallest Java heap (-Xmx) with which a task completes: the task's main class runs in JVMs of its own
 * under shrinking heaps (each stops at its first OutOfMemoryError), and a bisection finds the smallest that
 * works. This is the memory a task really needs: the peak of the heap pools also counts garbage that a
 * roomy heap has no reason to collect.
 */
public final class SmallestHeap {

	/** Bisection bounds (MB). */
	static final int LOWEST = 8, HIGHEST = 1024;
	/** A try taking longer than this counts as failed (a heap too small to work in). */
	static final long TIMEOUT_SECONDS = 300;

	/** The outcome: the smallest heap that worked and the largest that failed (MB). */
	public static final class Result {

		public final int worksMb;
		public final int failsMb;

		Result(int worksMb, int failsMb) {
			this.worksMb = worksMb;
			this.failsMb = failsMb;
		}

		@Override
		public String toString() {
			return worksMb < 0 ? "fails even with " + HIGHEST + " MB" : worksMb + " MB (fails at " + failsMb + " MB)";
		}
	}

	private SmallestHeap() {}

	/**
	 * @param stepMb precision of the bisection
	 * @param tries close to the limit a run may pass or fail by chance (thread timing, garbage collection): a heap
	 *          works when this many runs in a row complete
	 * @param mainClass run with the classpath of this JVM
	 */
	public static Result find(int stepMb, int tries, Class<?> mainClass, String... args) throws IOException {
		int works = HIGHEST, fails = LOWEST;
		if (!works(works, tries, mainClass, args)) return new Result(-1, HIGHEST);
		while (works - fails > stepMb) {
			int mid = (works + fails) / 2;
			if (works(mid, tries, mainClass, args)) works = mid;
			else fails = mid;
		}
		return new Result(works, fails);
	}

	private static boolean works(int heapMb, int tries, Class<?> mainClass, String... args) throws IOException {
		for (int t = 0; t < tries; t++)
			if (!runs(heapMb, mainClass, args)) return false;
		return true;
	}

	/** One run of the main class in a JVM with this heap; true when it exits normally. */
	public static boolean runs(int heapMb, Class<?> mainClass, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + heapMb + "m");
		command.add("-XX:+ExitOnOutOfMemoryError");
		command.add("-Djava.awt.headless=true");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass.getName());
		for (String a : args)
			command.add(a);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect
			.DISCARD).start();
		try {
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while measuring the smallest heap", e);
		}
	}
}
