package org.alsstress.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

import org.alsstress.io.OutputFiles;
import org.alsstress.io.ProvenanceFiles;

/** What a user may rely on after any run: the promises the fault tests check. */
final class Results {

	private static final Pattern STACK_TRACE = Pattern.compile(
		"(?m)^\\s+at [\\w$.]+\\(|Exception in thread|^Caused by: |\\b(java|javax|ij|org\\.scijava)\\.[\\w.$]*(Exception|Error)\\b");

	private Results() {}

	/** No stack trace and no Java exception name reaches the user. */
	static void noStackTrace(String context, String printed) {
		assertFalse(context + " printed a stack trace or exception:\n" + printed, STACK_TRACE.matcher(printed).find());
	}

	private static final Pattern SCIJAVA_CHATTER = Pattern.compile(
		"(?m)^(\\[ERROR\\]|Running command: |Canceling command: |Command canceled: |Command errored: |Command finished: )");

	/**
	 * A failed run's message reaches the user once: one {@code als-stress: } line, its text not repeated by
	 * SciJava's log or status lines (which are not shown at all), nor by a warning printed before it.
	 */
	static void printedOnce(String context, String printed) {
		assertFalse(context + " printed SciJava's log or status lines:\n" + printed, SCIJAVA_CHATTER.matcher(printed)
			.find());
		List<String> errors = printed.lines().filter(l -> l.startsWith("als-stress: ")).collect(Collectors.toList());
		assertEquals(context + " printed " + errors.size() + " als-stress: lines:\n" + printed, 1, errors.size());
		String message = errors.get(0).substring("als-stress: ".length());
		assertEquals(context + " printed its message more than once:\n" + printed, printed.indexOf(message), printed
			.lastIndexOf(message));
		printed.lines().filter(l -> l.startsWith("[WARNING] ")).forEach(warning -> {
			// the warning, or what it says after a "name: " lead-in
			for (int at = "[WARNING]".length(); at >= 0; at = warning.indexOf(": ", at + 1)) {
				String said = warning.substring(at + 1).trim();
				assertFalse(context + " printed a warning that its error repeats:\n" + printed, said.length() >= 30 &&
					message.contains(said));
			}
		});
	}

	/** Every results folder under {@code root}: the folders holding a provenance.json. */
	static List<Path> folders(Path root) throws IOException {
		if (root == null || !Files.isDirectory(root)) return List.of();
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(p -> p.getFileName().toString().equals(ProvenanceFiles.FILE_NAME)).map(Path::getParent)
				.sorted().collect(Collectors.toList());
		}
	}

	/** The status in a folder's provenance.json; "" when it is empty or unreadable. */
	static String status(Path folder) {
		try {
			JsonObject json = ProvenanceFiles.read(folder.resolve(ProvenanceFiles.FILE_NAME));
			return json == null || !json.has("status") ? "" : json.get("status").getAsString();
		}
		catch (Exception e) {
			return "";
		}
	}

	/**
	 * A failed run leaves nothing complete-looking: no table under its name, no half-written file, and a
	 * provenance.json (when there is a folder at all) that does not say completed.
	 */
	static void nothingCompleteLooking(String context, Path root) throws IOException {
		nothingCompleteLooking(context, root, false);
	}

	/** The same for a killed run, which may leave files named {@code .part}: incomplete by their name. */
	static void nothingCompleteLooking(String context, Path root, boolean killed) throws IOException {
		for (Path folder : folders(root)) {
			assertNotEquals(context + ": " + folder, "completed", status(folder));
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
					String name = f.getFileName().toString();
					assertFalse(context + ": a table was left by a failed run: " + f, name.endsWith(".csv"));
					assertFalse(context + ": a half-written file was left: " + f, !killed && name.endsWith(OutputFiles.PART));
				}
			}
		}
	}

	/** A completed run: its provenance says so and every output it lists exists, and nothing half-written. */
	static void completed(String context, Path folder) throws IOException {
		assertEquals(context, "completed", status(folder));
		JsonObject json = ProvenanceFiles.read(folder.resolve(ProvenanceFiles.FILE_NAME));
		json.getAsJsonArray("outputs").forEach(o -> assertTrue(context + ": " + o, Files.isRegularFile(folder.resolve(o
			.getAsString()))));
		try (Stream<Path> files = Files.walk(folder)) {
			assertTrue(context, files.noneMatch(f -> f.getFileName().toString().endsWith(OutputFiles.PART)));
		}
	}
}
