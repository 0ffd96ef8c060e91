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
 * Whether the run that wrote a results folder completed, from its provenance.json: a killed or failed run's
 * results are incomplete however complete they look, and are refused (Summarize Experiment, Open Results Folder),
 * and a run that did not end is never written into.
 */
public final class RunStatus {

	static final String COMPLETED = "completed", RUNNING = "running";

	private RunStatus() {}

	/**
	 * @return a warning when the file has no provenance beside it (it may have been made by hand)
	 * @throws UserInputException when its run did not complete
	 */
	static Optional<String> check(Path measurements) throws IOException {
		Path folder = measurements.toAbsolutePath().getParent();
		if (!Files.isRegularFile(folder.resolve(ProvenanceFiles.FILE_NAME))) return Optional.of("WARNING: " +
			measurements + " has no " + ProvenanceFiles.FILE_NAME + " beside it, so whether the run that wrote it " +
			"completed cannot be checked. It was used as it is.");
		Optional<String> incomplete = incomplete(folder);
		if (incomplete.isPresent()) throw new UserInputException(incomplete.get() + " Run it again, or leave that " +
			"folder out of 'measurements'.");
		return Optional.empty();
	}

	/**
	 * Why the results in a folder are incomplete: its provenance.json does not say completed. Empty when it does,
	 * or when there is no provenance.json (a folder made by hand).
	 */
	public static Optional<String> incomplete(Path folder) throws IOException {
		Path provenance = folder.resolve(ProvenanceFiles.FILE_NAME);
		if (!Files.isRegularFile(provenance)) return Optional.empty();
		String status = status(provenance);
		if (COMPLETED.equals(status)) return Optional.empty();
		return Optional.of("The results in " + folder + " are incomplete: its " + ProvenanceFiles.FILE_NAME + (status ==
			null ? " is empty or damaged (the run was killed while starting)" : " says '" + status + "'" + (status.equals(
				RUNNING) ? " (the run was killed, or is still running; its .part files are incomplete)" : "")) + ".");
	}

	/**
	 * True when the folder holds a run that did not end: its provenance.json says "running", or is empty (a run
	 * killed while starting). That run may still be going, or was killed and left {@code .part} files.
	 */
	static boolean unfinished(Path folder) throws IOException {
		Path provenance = folder.resolve(ProvenanceFiles.FILE_NAME);
		if (!Files.isRegularFile(provenance)) return false;
		String status = status(provenance);
		return status == null || status.equals(RUNNING);
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
