package org.alsstress.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import org.alsstress.io.ProvenanceFiles;
import org.alsstress.model.UserInputException;

/**
 * Whether the run that wrote a measurements file completed, from the provenance.json beside it: a killed or failed
 * run's results are incomplete however complete they look, and are refused.
 */
final class RunStatus {

	static final String COMPLETED = "completed";

	private RunStatus() {}

	/**
	 * @return a warning when the file has no provenance beside it (it may have been made by hand)
	 * @throws UserInputException when its run did not complete
	 */
	static Optional<String> check(Path measurements) throws IOException {
		Path folder = measurements.toAbsolutePath().getParent();
		Path provenance = folder.resolve(ProvenanceFiles.FILE_NAME);
		if (!Files.isRegularFile(provenance)) return Optional.of("WARNING: " + measurements + " has no " + ProvenanceFiles
			.FILE_NAME + " beside it, so whether the run that wrote it completed cannot be checked. It was used as it is.");
		String status = status(provenance);
		if (COMPLETED.equals(status)) return Optional.empty();
		throw new UserInputException("The results in " + folder + " are incomplete: its " + ProvenanceFiles.FILE_NAME +
			(status == null ? " is empty or damaged (the run was killed while starting)" : " says '" + status + "'" +
				(status.equals("running") ? " (the run was killed, or is still running)" : "")) + ". Run it again, or " +
			"leave that folder out of 'measurements'.");
	}

	/** The status recorded in a provenance file; null when the file is empty or no provenance. */
	static String status(Path provenance) throws IOException {
		try {
			JsonObject json = ProvenanceFiles.read(provenance);
			JsonElement status = json == null ? null : json.get("status");
			return status == null || !status.isJsonPrimitive() ? null : status.getAsString();
		}
		catch (JsonParseException | IllegalStateException e) {
			return null;
		}
	}
}
