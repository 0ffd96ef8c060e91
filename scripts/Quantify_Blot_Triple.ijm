// Quantify one Western blot triple: phospho-TBK1, total TBK1 and a loading
// control, with a sample sheet (lane, sample, group[, replicate][, amount_ug]).
// Lanes and bands are found automatically; each lane's pTBK1/TBK1 ratio is
// normalised to the mean of the control group.
//
// Edit the values below, or pass them as the macro argument, e.g.
//   runMacro("Quantify_Blot_Triple.ijm", "target=[/data/blot 1/pTBK1.tif] reference=[/data/blot 1/TBK1.tif] ...");
// Headless: ImageJ-linux64 --headless -macro Quantify_Blot_Triple.ijm "target=[...] reference=[...] ..."

args = getArgument();
target = call("ij.Macro.getValue", args, "target", "/path/to/blot/pTBK1.tif");
reference = call("ij.Macro.getValue", args, "reference", "/path/to/blot/TBK1.tif");
loading = call("ij.Macro.getValue", args, "loading", "/path/to/blot/actin.tif");
samples = call("ij.Macro.getValue", args, "samples", "/path/to/blot/samples.csv");
control = call("ij.Macro.getValue", args, "control", "control");
output = call("ij.Macro.getValue", args, "output", "/path/to/blot/results");

run("Quantify TBK1 Bands", "target=[" + target + "] reference=[" + reference + "] loading=[" + loading + "]" +
	" lanes=0 samples=[" + samples + "] control_group=[" + control + "] output=[" + output + "]");

// lanes.csv is also an ImageJ results table: one row per lane.
rows = call("org.alsstress.fiji.ResultTables.select", "lanes.csv");
if (isNaN(parseInt(rows)))
	exit("Quantify TBK1 Bands did not run: " + rows + ". See the Log window.");
print("Results in " + call("org.alsstress.fiji.ResultTables.lastResultsFolder"));
report = "";
for (i = 0; i < nResults; i++) {
	line = "lane " + getResult("lane", i) + " " + getResultString("sample", i) + " (" + getResultString("group", i) +
		"): ratio=" + d2s(getResult("ratio", i), 3) + " normalized_ratio=" + d2s(getResult("normalized_ratio", i), 3);
	print(line);
	report = report + line + "\n";
}
return report;
