package org.alsstress.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alsstress.model.SampleSheet;
import org.alsstress.model.UserInputException;

/** Reads sample sheets from CSV files. */
public final class SampleSheetFiles {

	private SampleSheetFiles() {}

	/** The sheet in {@code file}, or an empty sheet when no file is given. */
	public static SampleSheet read(Path file) {
		if (file == null || file.toString().isBlank()) return SampleSheet.empty();
		if (!Files.isRegularFile(file)) throw new UserInputException("The sample sheet '" + file +
			"' does not exist: give the path of a CSV file, or leave it empty.");
		try {
			return SampleSheet.parse(file.getFileName().toString(), Csv.read(file));
		}
		catch (IOException e) {
			throw new UserInputException("Cannot read the sample sheet '" + file + "': " + e
				.getMessage(), e);
		}
	}
}
