package org.alsstress.commands;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import ij.ImagePlus;

import org.alsstress.fiji.MacroRuns;
import org.alsstress.fiji.ResultTables;
import org.alsstress.io.ImageDescriptions;
import org.alsstress.io.MeasurementFiles;
import org.alsstress.io.ProvenanceFiles;
import org.alsstress.io.TableFiles;
import org.alsstress.model.DataTable;
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

	@Override
	public final void run() {
		MacroRuns.starting();
		provenance = new Provenance(menuLabel(), getClass().getName());
		try {
			clearBlankFiles();
			ParameterRecorder.record(this, provenance);
			execute();
			if (folder != null) {
				provenance.finish();
				ProvenanceFiles.write(provenance, folder);
			}
			status.clearStatus();
		}
		catch (UserInputException e) {
			fail(e.getMessage());
		}
		catch (IOException | UncheckedIOException e) {
			fail("Could not read or write a file: " + e.getMessage());
		}
	}

	private void writeFailedProvenance(String message) {
		provenance.fail(message);
		try {
			ProvenanceFiles.write(provenance, folder);
		}
		catch (IOException e) {
			log.error("Could not write provenance.json: " + e.getMessage());
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

	/** Creates the results folder (a new one if the requested one holds files). */
	protected Path resultsFolder(File requested, boolean overwrite) {
		if (requested == null) throw new UserInputException(
			"No output folder given: set 'output' to the folder the results should go to.");
		folder = ResultsFolder.prepare(requested.toPath(), overwrite);
		if (!folder.equals(requested.toPath().toAbsolutePath().normalize())) warn("The folder " +
			requested + " already holds files; results were written to " + folder + " instead.");
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

	protected void warn(String message) {
		provenance.warn(message);
		log.warn(message);
	}

	protected void progress(int done, int total, String message) {
		status.showStatus(done, total, message);
	}

	protected LogService log() {
		return log;
	}

	protected Path writeTable(DataTable table, String fileName) throws IOException {
		Path file = folder.resolve(fileName);
		TableFiles.write(table, file);
		provenance.output(fileName);
		ResultTables.publish(fileName, table);
		return file;
	}

	protected Path writeMeasurements(MeasurementTable measurements) throws IOException {
		Path file = folder.resolve(MeasurementFiles.FILE_NAME);
		MeasurementFiles.write(measurements, file);
		provenance.output(MeasurementFiles.FILE_NAME);
		return file;
	}

	/** Records files written by other means (images, plots) as outputs. */
	protected void recordOutputs(List<Path> files) {
		for (Path f : files)
			provenance.output(folder.relativize(f.toAbsolutePath()).toString().replace('\\', '/'));
	}

	private void fail(String message) {
		cancel(message);
		if (folder != null) writeFailedProvenance(message);
		log.error(menuLabel() + ": " + message);
		MacroRuns.failed(menuLabel(), message);
	}
}
