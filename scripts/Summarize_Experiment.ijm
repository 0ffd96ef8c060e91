// Summarise an experiment: pool the measurements.csv files of several runs
// (three blots done on different days, or the folders of a cluster array
// job) and compare groups, each run normalised to its own control.
//
// Edit the three values below, or pass them as the macro argument, e.g.
//   runMacro("Summarize_Experiment.ijm", "results=[/data/blots 2026] output=[/data/blots 2026/summary] control=WT");
// Headless: ImageJ-linux64 --headless -macro Summarize_Experiment.ijm "results=[...] output=[...]"

args = getArgument();
results = call("ij.Macro.getValue", args, "results", "/path/to/folder/with/results");
output = call("ij.Macro.getValue", args, "output", "/path/to/summary");
control = call("ij.Macro.getValue", args, "control", "control");
metric = call("ij.Macro.getValue", args, "metric", "normalized_ratio");

run("Summarize Experiment", "measurements=[" + results + "] output=[" + output + "]" +
	" metric=" + metric + " group_by=group control_group=[" + control + "]" +
	" unit_of_analysis=[mean per replicate] normalize_per_replicate=true test=Welch");

// The statistics table is also published as an ImageJ results table named after its file.
rows = call("org.alsstress.fiji.ResultTables.select", "summary.csv");
if (isNaN(parseInt(rows)))
	exit("Summarize Experiment did not run: " + rows + ". See the Log window.");
folder = call("org.alsstress.fiji.ResultTables.lastResultsFolder");
print("Results in " + folder);
report = "";
for (i = 0; i < nResults; i++) {
	line = getResultString("group", i) + ": n=" + getResult("n", i) + " mean=" + d2s(getResult("mean", i), 3) +
		" fold_change=" + d2s(getResult("fold_change", i), 3) + " p=" + d2s(getResult("p_value", i), 4);
	print(line);
	report = report + line + "\n";
}
return report;
