#@ File (label = "Experiment folder", style = "directory", description = "Holds blots/ and stress_granules/") experiment
#@ File (label = "Results folder", style = "directory") output
#@ String (label = "Control group", value = "control") control_group
#@ CommandService command
#@output String summary

# Runs both assays of an experiment and combines their results.
#
# Expected layout (names are examples; the suffixes matter):
#   <experiment>/blots/<blot>_pTBK1.tif, <blot>_TBK1.tif, optional <blot>_loading.tif
#   <experiment>/blots/<blot>_samples.csv          lane, sample, group[, replicate]
#   <experiment>/stress_granules/*.tif, conditions.csv
# Writes <output>/blots/<blot>/, <output>/stress_granules/, and one summary
# folder per readout (<output>/summary_normalized_ratio, <output>/summary_pct_sg_positive).
#
# Headless: ImageJ-linux64 --headless --run Run_Both_Assays.py "experiment='/data/exp 7',output='/data/exp 7/results',control_group='WT'"

import os
from java.io import File
from java.nio.file import Paths
from org.alsstress.io import TableFiles

def run(label, **inputs):
    # Every command of the suite is a SciJava command: same names as in macros and on the command line.
    info = [c for c in command.getCommands() if c.getClassName().startswith("org.alsstress.")
            and c.getMenuPath() is not None and c.getMenuPath().size() > 0
            and c.getMenuPath().getLeaf().getName() == label][0]
    module = command.run(info, True, inputs).get()
    if module.isCanceled():
        raise RuntimeError(label + " failed: " + str(module.getCancelReason()))
    return module.getOutput("results_folder")

blots = os.path.join(experiment.getPath(), "blots")
granules = os.path.join(experiment.getPath(), "stress_granules")
lines = []

for name in sorted(os.listdir(blots)):
    if not name.endswith("_pTBK1.tif"):
        continue
    blot = name[:-len("_pTBK1.tif")]
    path = lambda suffix: os.path.join(blots, blot + suffix)
    loading = File(path("_loading.tif")) if os.path.exists(path("_loading.tif")) else None
    folder = run("Quantify TBK1 Bands", target=File(path("_pTBK1.tif")), reference=File(path("_TBK1.tif")),
                 loading=loading, lanes=0, samples=File(path("_samples.csv")), control_group=control_group,
                 output=File(os.path.join(output.getPath(), "blots", blot)))
    lines.append("blot " + blot + ": " + folder)

folder = run("Segment Stress Granules", input=File(granules), conditions=File(os.path.join(granules, "conditions.csv")),
             output=File(os.path.join(output.getPath(), "stress_granules")))
lines.append("stress granules: " + folder)

for metric, results in (("normalized_ratio", os.path.join(output.getPath(), "blots")),
                        ("pct_sg_positive", os.path.join(output.getPath(), "stress_granules"))):
    folder = run("Summarize Experiment", measurements=results, metric=metric, control_group=control_group,
                 output=File(os.path.join(output.getPath(), "summary_" + metric)),
                 unit_of_analysis="mean per replicate" if metric == "normalized_ratio" else "mean per image")
    lines.append(metric + " summary: " + folder)
    table = TableFiles.read(Paths.get(folder, "summary.csv"))
    for row in range(table.rowCount()):
        p = table.getString(row, "p_value")
        lines.append("  %-10s n=%d mean %.3f  p=%s" % (table.getString(row, "group"), int(table.getDouble(row, "n")),
                                                     table.getDouble(row, "mean"), "%.2g" % float(p) if p else "-"))

summary = "\n".join(lines)
print(summary)
