package org.alsstress.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a run's results go. A results folder is never silently overwritten:
 * when the requested folder already holds files, the run gets a new sibling
 * folder ({@code name-2}, {@code name-3}, ...), unless the user asked to
 * overwrite.
 */
public final class ResultsFolder {

	private ResultsFolder() {}

	/**
	 * Creates the folder to write into and returns it.
	 *
	 * @throws UserInputException when the path is a file or cannot be created
	 */
	public static Path prepare(Path requested, boolean overwrite) {
		if (requested == null || requested.toString().isBlank()) throw new UserInputException(
			"No output folder given: set 'output' to the folder the results should go to.");
		Path folder = requested.toAbsolutePath().normalize();
		if (Files.isRegularFile(folder)) throw new UserInputException("The output '" + folder +
			"' is a file, not a folder: choose a folder for the results.");
		if (Files.isDirectory(folder) && !overwrite && !isEmpty(folder)) folder = nextFree(folder);
		try {
			Files.createDirectories(folder);
		}
		catch (IOException e) {
			throw new UserInputException("Cannot create the output folder '" + folder + "' (" + e
				.getMessage() + "): choose a folder you can write to.", e);
		}
		return folder;
	}

	private static Path nextFree(Path folder) {
		for (int n = 2;; n++) {
			Path candidate = folder.resolveSibling(folder.getFileName() + "-" + n);
			if (!Files.exists(candidate)) return candidate;
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
