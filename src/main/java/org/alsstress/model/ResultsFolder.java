package org.alsstress.model;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a run's results go. A results folder is never silently overwritten:
 * when the requested folder already holds files, the run gets a new sibling
 * folder ({@code name-2}, {@code name-3}, ...), unless the user asked to
 * overwrite.
 * <p>
 * A run claims its folder by creating a marker file in it exclusively (the
 * run's {@code provenance.json}): of two runs started together into the same
 * folder exactly one gets it, and the other takes the next free sibling.
 */
public final class ResultsFolder {

	/** The marker of a command's results folder: its provenance. */
	public static final String CLAIM_FILE = "provenance.json";

	private ResultsFolder() {}

	/** Claims a results folder with the marker {@value #CLAIM_FILE}; see {@link #claim(Path, boolean, String)}. */
	public static Path claim(Path requested, boolean overwrite) {
		return claim(requested, overwrite, CLAIM_FILE);
	}

	/**
	 * Creates the folder to write into, claims it by creating {@code marker} in it (empty), and returns it.
	 *
	 * @param overwrite write into the requested folder even when it holds files
	 * @throws UserInputException when the path is a file, or the folder cannot be created or written to
	 */
	public static Path claim(Path requested, boolean overwrite, String marker) {
		if (requested == null || requested.toString().isBlank()) throw new UserInputException(
			"No output folder given: set 'output' to the folder the results should go to.");
		Path folder = requested.toAbsolutePath().normalize();
		if (Files.isRegularFile(folder)) throw new UserInputException("The output '" + folder +
			"' is a file, not a folder: choose a folder for the results.");
		for (int n = 1;; n++) {
			Path candidate = n == 1 ? folder : folder.resolveSibling(folder.getFileName() + "-" + n);
			boolean taken = Files.exists(candidate) && (!Files.isDirectory(candidate) || !isEmpty(candidate));
			if (n == 1 && overwrite && Files.isDirectory(candidate)) {
				createMarker(candidate, marker, true);
				return candidate;
			}
			if (taken) continue;
			create(candidate);
			if (createMarker(candidate, marker, false)) return candidate;
		}
	}

	private static void create(Path folder) {
		try {
			Files.createDirectories(folder);
		}
		catch (IOException e) {
			throw new UserInputException("Cannot create the output folder '" + folder + "' (" + IoReason.of(e) +
				"): choose a folder you can write to.", e);
		}
	}

	/** True when this run created the marker; false when another run was first. */
	private static boolean createMarker(Path folder, String marker, boolean replace) {
		Path file = folder.resolve(marker);
		try {
			if (replace) Files.deleteIfExists(file);
			Files.createFile(file);
			return true;
		}
		catch (FileAlreadyExistsException e) {
			return false;
		}
		catch (IOException e) {
			throw new UserInputException("Cannot write into the output folder '" + folder + "' (" + IoReason.of(e) +
				"): choose a folder you can write to.", e);
		}
	}

	private static boolean isEmpty(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
		catch (IOException e) {
			return false;
		}
	}
}
