package org.alsstress.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alsstress.io.MeasurementFiles;
import org.alsstress.model.UserInputException;

/** Resolves "file; folder; ..." into the measurements files it names. */
final class MeasurementSources {

	private MeasurementSources() {}

	static List<Path> find(String spec) throws IOException {
		if (spec == null || spec.isBlank()) throw new UserInputException(
			"No measurements given: set 'measurements' to one or more measurements.csv files or " +
				"results folders, separated by ';'.");
		List<Path> files = new ArrayList<>();
		for (String part : spec.split(";")) {
			if (part.isBlank()) continue;
			Path path = Paths.get(part.trim());
			if (Files.isRegularFile(path)) files.add(path);
			else if (Files.isDirectory(path)) files.addAll(inFolder(path));
			else throw new UserInputException("'" + part.trim() +
				"' is neither a file nor a folder: check the path.");
		}
		if (files.isEmpty()) throw new UserInputException("No " + MeasurementFiles.FILE_NAME +
			" found in: " + spec);
		return files;
	}

	private static List<Path> inFolder(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.getFileName().toString().equals(MeasurementFiles.FILE_NAME))
				.sorted().collect(Collectors.toList());
		}
	}
}
