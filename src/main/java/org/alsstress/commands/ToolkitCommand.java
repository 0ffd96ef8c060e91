package org.alsstress.commands;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ij.ImagePlus;

import org.alsstress.fiji.MacroRuns;
import org.alsstress.fiji.ResultTables;
import org.alsstress.io.Checksums;
import org.alsstress.io.ImageDescriptions;
import org.alsstress.io.MeasurementFiles;
import org.alsstress.io.OutputFiles;
import org.alsstress.io.ProvenanceFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
import org.alsstress.model.IoReason;
import org.alsstress.model.MeasurementTable;
import org.alsstress.model.Provenance;
import org.alsstress.model.ResultsFolder;
import org.alsstress.model.UserInputException;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * What every command of the suite shares: a results folder that never
 * overwrites earlier results, provenance with every parameter and input
 * checksum, progress through SciJava's status service, and bad input turned
 * into a clear message instead of a stack trace.
 */
public abstract class ToolkitCommand extends ContextCommand {

	@Parameter
	private LogService log;

	@Parameter
	private StatusService status;

	@Parameter(type = ItemIO.OUTPUT, label = "Results folder")
	protected String results_folder = "";

	private Provenance provenance;
	private Path folder;
	private Failure failure;
	/** The caller that shows progress and the failure itself (bin/als-stress), or null. */
	private Caller caller;
	/** Tables written under their temporary names, moved into place only when the whole run succeeded. */
	private final Map<Path, Path> staged = new LinkedHashMap<>();

	@Override
	public final void run() {
		MacroRuns.starting();
		provenance = new Provenance(menuLabel(), getClass().getName());
		try {
			clearBlankFiles();
			ParameterRecorder.record(this, provenance);
			ParameterRanges.check(this);
			execute();
			if (folder != null) commit();
			status.clearStatus();
		}
		catch (ThreadDeath e) {
			throw e;
		}
		catch (Exception | Error e) {
			fail(e);
		}
	}

	/** A caller that shows the run's progress and its failure itself. */
	public interface Caller {
		/** Called on the command's thread, in order, as the run goes. */
		void progress(int done, int total, String message);
	}

	/**
	 * Hands progress to the caller as it happens (SciJava's status events arrive later, on other threads, out of
	 * order, and may be dropped when the context closes), and leaves the failed run's message to the caller
	 * (bin/als-stress prints it once, as "als-stress: ..."): the command then does not also log it.
	 */
	public void reportTo(Caller caller) {
		this.caller = caller;
	}

	/** Why the run failed, or null when it did not (fail or not yet run). */
	public Failure failure() {
		return failure;
	}

	/**
	 * The completed provenance is written beside the staged tables, then they all go into place, provenance.json
	 * last: only renames are left once everything is on disk, so a full disk cannot stop the run half-way here.
	 */
	private void commit() throws IOException {
		provenance.finish();
		Path part = ProvenanceFiles.writePart(provenance, folder);
		staged.put(part, folder.resolve(ProvenanceFiles.FILE_NAME));
		for (Map.Entry<Path, Path> file : staged.entrySet())
			OutputFiles.commit(file.getKey(), file.getValue());
		staged.clear();
	}

	/** Null when provenance.json now says failed; why not when not even that could be written (a full disk). */
	private String writeFailedProvenance(String message) {
		staged.keySet().forEach(OutputFiles::deleteQuietly);
		staged.clear();
		provenance.fail(message);
		try {
			ProvenanceFiles.write(provenance, folder);
			return null;
		}
		catch (IOException e) {
			return IoReason.of(e);
		}
	}

	/** A file input given as "" (a macro's {@code lane_rois=[]}) is not given: null, recorded as empty. */
	private void clearBlankFiles() {
		for (java.lang.reflect.Field field : ParameterRecorder.inputFields(getClass())) {
			if (!File.class.equals(field.getType())) continue;
			try {
				field.setAccessible(true);
				if (!ImageInputs.given((File) field.get(this))) field.set(this, null);
			}
			catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/** The analysis itself; throw {@link UserInputException} for anything the user must fix. */
	protected abstract void execute() throws IOException;

	/** The command's menu label, e.g. "Summarize Experiment". */
	public String menuLabel() {
		Plugin plugin = getClass().getAnnotation(Plugin.class);
		if (plugin != null && !plugin.menuPath().isEmpty()) {
			String[] parts = plugin.menuPath().split(">");
			return parts[parts.length - 1].trim();
		}
		return getClass().getSimpleName();
	}

	/**
	 * Claims the results folder (a new one if the requested one holds files or another run took it first) and
	 * writes provenance.json there with status "running".
	 */
	protected Path resultsFolder(File requested, boolean overwrite) throws IOException {
		if (requested == null) throw new UserInputException(
			"No output folder given: set 'output' to the folder the results should go to.");
		// a run that did not end is never written into, even with overwrite: it may still be going
		boolean unfinished = Files.isDirectory(requested.toPath()) && RunStatus.unfinished(requested.toPath());
		folder = ResultsFolder.claim(requested.toPath(), overwrite && !unfinished);
		ProvenanceFiles.write(provenance, folder);
		if (!folder.equals(requested.toPath().toAbsolutePath().normalize())) warn("The folder " + requested + (unfinished
			? " holds a run that did not end (its provenance.json says running: a run still going, or one that was " +
				"killed, whose .part files are incomplete)" : " already holds files") + "; results were written to " +
			folder + " instead.");
		results_folder = folder.toString();
		ResultTables.recordResultsFolder(results_folder);
		return folder;
	}

	protected Provenance provenance() {
		return provenance;
	}

	/** Records an analysed image's dimensions, pixel size and channel names in provenance. */
	protected void describeImage(ImagePlus image) {
		provenance.image(ImageDescriptions.of(image));
	}

	/**
	 * The open image an input names by title ({@link ImageInputs}), recorded in provenance under
	 * the input's name with its file and checksum, or the checksum of its pixels.
	 */
	protected ImagePlus openImage(String titleParameter, String title) throws IOException {
		ImagePlus image = ImageInputs.open(titleParameter, title);
		ParameterRecorder.recordImage(titleParameter, image, provenance);
		return image;
	}

	/** Records an input file (e.g. each image of a folder) with its SHA-256 in provenance. */
	protected void recordInputFile(String role, Path file) {
		try {
			provenance.input(new Provenance.Input(role, file.getFileName().toString(), file.toAbsolutePath()
				.toString(), Checksums.sha256(file)));
		}
		catch (IOException e) {
			warn("Could not checksum '" + file + "': " + e.getMessage());
		}
	}

	protected void warn(String message) {
		provenance.warn(message);
		log.warn(message);
	}

	protected void progress(int done, int total, String message) {
		if (caller != null) caller.progress(done, total, message);
		status.showStatus(done, total, message);
	}

	protected LogService log() {
		return log;
	}

	/** Writes a table, under a temporary name until the run completes (a failed run leaves no table). */
	protected Path writeTable(DataTable table, String fileName) throws IOException {
		Path file = stage(fileName);
		TableFiles.write(table, OutputFiles.partOf(file));
		ResultTables.publish(fileName, table);
		return file;
	}

	protected Path writeMeasurements(MeasurementTable measurements) throws IOException {
		Path file = stage(MeasurementFiles.FILE_NAME);
		MeasurementFiles.write(measurements, OutputFiles.partOf(file));
		return file;
	}

	private Path stage(String fileName) {
		Path file = folder.resolve(fileName);
		staged.put(OutputFiles.partOf(file), file);
		provenance.output(fileName);
		return file;
	}

	/** Records files written by other means (images, plots) as outputs. */
	protected void recordOutputs(List<Path> files) {
		for (Path f : files)
			provenance.output(folder.relativize(f.toAbsolutePath()).toString().replace('\\', '/'));
	}

	private void fail(Throwable e) {
		failure = Failure.of(e);
		String message = Failure.describe(e);
		if (failure == Failure.INTERNAL) log.debug(e);
		if (folder != null) {
			String unwritten = writeFailedProvenance(message);
			message += " (The results in " + folder + " are incomplete: " + (unwritten == null
				? "its provenance.json says failed.)" : "not even its provenance.json could say so (" + unwritten + ").)");
		}
		cancel(message);
		// bin/als-stress prints the message itself; it is never a macro (ImageJ can be left believing one runs,
		// after an out-of-memory error inside IJ.openImage, and would print the message again)
		if (caller != null) return;
		log.error(menuLabel() + ": " + message);
		MacroRuns.failed(menuLabel(), message);
	}
}
