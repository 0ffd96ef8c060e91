package org.alsstress.faults;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code bin/als-stress} as a user runs it: a real process, with its own Java options. */
final class Processes {

	private Processes() {}

	static ProcessBuilder alsStress(String javaOptions, Path log, String... args) {
		List<String> line = new ArrayList<>();
		line.add(new File("bin/als-stress").getAbsolutePath());
		line.addAll(Arrays.asList(args));
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
		if (javaOptions == null) builder.environment().remove("ALS_STRESS_JAVA_OPTS");
		else builder.environment().put("ALS_STRESS_JAVA_OPTS", javaOptions);
		return builder;
	}

	static String read(Path log) throws IOException {
		return Files.readString(log, StandardCharsets.UTF_8);
	}

	/** What runs on a mounted tmpfs. */
	interface OnDisk {
		void run(Path mount) throws Exception;
	}

	/**
	 * Mounts a tmpfs with the given options (e.g. {@code size=400k}, {@code ro}) on a fresh folder, runs the body
	 * and unmounts it; the test is skipped where mounting is not permitted (not root).
	 */
	static void onTmpfs(Path folder, String options, OnDisk body) throws Exception {
		org.junit.Assume.assumeTrue("needs permission to mount a tmpfs (root)", shell("mount", "-t", "tmpfs", "-o",
			options, "tmpfs", folder.toString()));
		try {
			body.run(folder);
		}
		finally {
			shell("umount", folder.toString());
		}
	}

	/** Runs a shell command as part of a test set-up (mount, umount); true when it succeeded. */
	static boolean shell(String... command) {
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			return p.waitFor() == 0;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
