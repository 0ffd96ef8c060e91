package org.alsstress.commands;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.alsstress.io.Checksums;
import org.alsstress.io.MeasurementFiles;
import org.alsstress.model.DataTable;
import org.alsstress.model.MeasurementTable;
import org.alsstress.model.Provenance;
import org.alsstress.plot.GroupPlot;
import org.alsstress.stats.ExperimentSummary;
import org.alsstress.stats.GroupStatistics;
import org.alsstress.stats.GroupedValue;
import org.alsstress.stats.StatTest;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Statistics and the group plot for one metric over one or more
 * {@code measurements.csv} files from any assay, e.g. three blots done on
 * different days, or the results folders of a cluster array job.
 */
@Plugin(type = Command.class, menuPath = "Plugins>ALS Stress Toolkit>Summarize Experiment",
	label = "Summarize Experiment")
public class SummarizeExperiment extends ToolkitCommand {

	@Parameter(label = "Measurement files or folders", persist = false,
		description = "One or more measurements.csv files, or folders searched for them " +
			"(recursively), separated by ';'.")
	private String measurements = "";

	@Parameter(label = "Output folder", style = "directory", persist = false,
		description = "Folder for summary.csv, points.csv, the plot and provenance.json. " +
			"A new folder is made if it already holds files.")
	private File output;

	@Parameter(label = "Metric", required = false, persist = false,
		description = "The metric to compare, e.g. normalized_ratio (blots) or pct_sg_positive " +
			"(stress granules). Leave empty to be told which metrics the files hold.")
	private String metric = "";

	@Parameter(label = "Object kind", required = false, persist = false,
		description = "Kind of object the metric is taken from (lane, cell, image, ...). " +
			"Empty: the only kind that has the metric.")
	private String object_kind = "";

	@Parameter(label = "Group by", choices = { "group", "sample" }, persist = false,
		description = "Compare groups (conditions) or individual samples.")
	private String group_by = "group";

	@Parameter(label = "Control group", required = false, persist = false,
		description = "Group that fold changes and tests refer to. Empty: the first group.")
	private String control_group = "";

	@Parameter(label = "Unit of analysis", choices = { "each object", "mean per image",
		"mean per replicate" }, persist = false,
		description = "What one point is: every object, the mean of each image, or the mean " +
			"of each replicate (use one of the means for cells, which are not independent).")
	private String unit_of_analysis = "each object";

	@Parameter(label = "Normalise each replicate to its control", persist = false,
		description = "Divide each replicate's values by the mean of its own control group " +
			"before pooling replicates (recommended for blots from different days).")
	private boolean normalize_per_replicate = false;

	@Parameter(label = "Test", choices = { "Welch", "Mann-Whitney" }, persist = false,
		description = "Welch: Welch's t-test (two groups) or ANOVA with Holm-corrected Welch " +
			"tests against the control. Mann-Whitney: rank test, Holm-corrected.")
	private String test = "Welch";

	@Parameter(label = "Overwrite the output folder", persist = false,
		description = "Write into the output folder even if it holds files.")
	private boolean overwrite = false;

	@Override
	protected void execute() throws IOException {
		List<Path> files = MeasurementSources.find(measurements);
		MeasurementTable all = new MeasurementTable();
		for (int i = 0; i < files.size(); i++) {
			Path folder = files.get(i).toAbsolutePath().getParent();
			// the folder says which run it is: every file is named measurements.csv
			progress(i, files.size(), "Reading " + (folder.getFileName() == null ? files.get(i) : folder.getFileName()
				.resolve(files.get(i).getFileName())));
			RunStatus.check(files.get(i)).ifPresent(this::warn);
			all.addAll(MeasurementFiles.read(files.get(i)));
			provenance().input(new Provenance.Input("measurements", files.get(i).getFileName()
				.toString(), files.get(i).toAbsolutePath().toString(), Checksums.sha256(files.get(i))));
		}
		ExperimentSummary.Result result = ExperimentSummary.summarize(all, options());
		result.warnings.forEach(this::warn);
		Path folder = resultsFolder(output, overwrite);
		writeTable(GroupStatistics.toTable(result.metric, result.groups), "summary.csv");
		writeTable(pointsTable(result), "points.csv");
		writeMeasurements(all);
		String yLabel = result.metric + (result.unit.isEmpty() ? "" : " (" + result.unit + ")");
		recordOutputs(new GroupPlot(result.metric + " by " + group_by, yLabel, result.points,
			result.groups).write(folder, result.metric + "_plot"));
	}

	private ExperimentSummary.Options options() {
		ExperimentSummary.Options o = new ExperimentSummary.Options();
		o.metric = metric;
		o.objectKind = object_kind == null ? "" : object_kind;
		o.groupBy = group_by;
		o.controlGroup = control_group == null ? "" : control_group;
		o.aggregation = ExperimentSummary.Aggregation.fromLabel(unit_of_analysis);
		o.normalizePerReplicate = normalize_per_replicate;
		o.test = StatTest.fromLabel(test);
		return o;
	}

	private static DataTable pointsTable(ExperimentSummary.Result result) {
		DataTable table = new DataTable("metric", "group", "replicate", "point", "value", "unit");
		for (GroupedValue p : result.points)
			table.addRow(result.metric, p.group, p.replicate, p.label, p.value, result.unit);
		return table;
	}
}
