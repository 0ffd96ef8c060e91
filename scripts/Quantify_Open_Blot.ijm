// Quantify a phospho-TBK1 / total-TBK1 blot pair that is open in Fiji, with the
// lanes found automatically or drawn by you.
//
// 1. Open the pTBK1 and the total-TBK1 images (File > Open...).
// 2. Optional: on the pTBK1 image draw each lane - a rectangle, or a polygon
//    for a lane that runs at an angle - and add it to the overlay
//    (Image > Overlay > Add Selection, or press B); then use
//    lanes_from=target_overlay. Lanes added to the ROI Manager work the same
//    way with lanes_from=roi_manager.
// 3. Click the pTBK1 image and run this macro.
//
// Images are named by their window titles; *active* is the active image.
// After a run the pTBK1 image carries the lanes used (named "lane 1", ...):
// move one, then run again with lanes_from=target_overlay. The results folder
// also holds them as lane_rois.zip (for lanes_from=roi_file lane_rois=[...]).

args = getArgument();
target = call("ij.Macro.getValue", args, "target_image", "*active*");
reference = call("ij.Macro.getValue", args, "reference_image", "TBK1.tif");
lanesFrom = call("ij.Macro.getValue", args, "lanes_from", "automatic");
samples = call("ij.Macro.getValue", args, "samples", "/path/to/blot/samples.csv");
control = call("ij.Macro.getValue", args, "control", "control");
output = call("ij.Macro.getValue", args, "output", "/path/to/blot/results");

run("Quantify TBK1 Bands", "target_image=[" + target + "] reference_image=[" + reference + "] lanes_from=" + lanesFrom +
	" samples=[" + samples + "] control_group=[" + control + "] output=[" + output + "]");

rows = call("org.alsstress.fiji.ResultTables.select", "lanes.csv");
if (isNaN(parseInt(rows)))
	exit("Quantify TBK1 Bands did not run: " + rows + ". See the Log window.");
report = "";
for (i = 0; i < nResults; i++) {
	line = "lane " + getResult("lane", i) + " " + getResultString("sample", i) + ": ratio=" + d2s(getResult("ratio", i), 3) +
		" normalized_ratio=" + d2s(getResult("normalized_ratio", i), 3);
	print(line);
	report = report + line + "\n";
}
return report;
