// Segment a folder of stress-granule images: nuclei, one cell per nucleus,
// granules per cell and apoptosis, with a condition sheet that maps each image
// (or a file-name pattern) to its condition and replicate.
//
// Edit the values below, or pass them as the macro argument, e.g.
//   runMacro("Segment_Stress_Granule_Folder.ijm", "input=[/data/SG exp 3] conditions=[/data/SG exp 3/conditions.csv] output=[/data/SG exp 3/results]");
// Headless: ImageJ-linux64 --headless -macro Segment_Stress_Granule_Folder.ijm "input=[...] ..."

args = getArgument();
input = call("ij.Macro.getValue", args, "input", "/path/to/images");
conditions = call("ij.Macro.getValue", args, "conditions", "/path/to/images/conditions.csv");
output = call("ij.Macro.getValue", args, "output", "/path/to/results");
nuclei = call("ij.Macro.getValue", args, "nuclei_channel", "1");
granules = call("ij.Macro.getValue", args, "granule_channel", "2");
pixel = call("ij.Macro.getValue", args, "pixel_size_um", "0");

run("Segment Stress Granules", "input=[" + input + "] output=[" + output + "] nuclei_channel=" + nuclei +
	" granule_channel=" + granules + " cell_channel=0 apoptosis_channel=0 pixel_size_um=" + pixel +
	" conditions=[" + conditions + "]");

// images.csv is also an ImageJ results table: one row per image.
rows = call("org.alsstress.fiji.ResultTables.select", "images.csv");
if (isNaN(parseInt(rows)))
	exit("Segment Stress Granules did not run: " + rows + ". See the Log window.");
print("Results in " + call("org.alsstress.fiji.ResultTables.lastResultsFolder"));
report = "";
for (i = 0; i < nResults; i++) {
	line = getResultString("image", i) + " (" + getResultString("condition", i) + "): cells=" + getResult("cells", i) +
		" pct_sg_positive=" + d2s(getResult("pct_sg_positive", i), 1) + " granules_per_cell=" +
		d2s(getResult("granules_per_cell", i), 2);
	print(line);
	report = report + line + "\n";
}
return report;
