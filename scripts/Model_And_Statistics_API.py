#@ File (label = "Folder with results (searched for measurements.csv)", style = "directory") results
#@ String (label = "Metric", value = "normalized_ratio") metric
#@ String (label = "Control group", value = "control") control_group
#@ File (label = "Statistics table to write (.csv)", style = "save") statistics_csv
#@output Integer groups
#@output String report

# Uses the ALS Stress Toolkit's model and statistics directly, without a command:
# reads every measurements.csv under a folder (any assay, any number of runs),
# takes one metric, averages the objects of each image (cells or lanes of one
# image are not independent samples), and compares each group with the control.
#
# In Fiji: open this file in the Script Editor and press Run; or from the
# command line: ImageJ-linux64 --headless --run Model_And_Statistics_API.py \
#   "results='/data/exp1',metric='pct_sg_positive',control_group='untreated',statistics_csv='/data/exp1/stats.csv'"

import os
from java.nio.file import Paths
from org.alsstress.io import MeasurementFiles, TableFiles
from org.alsstress.model import MeasurementTable
from org.alsstress.stats import ExperimentSummary, GroupStatistics, StatTest

measurements = MeasurementTable()
for folder, subfolders, files in os.walk(results.getPath()):
    if "measurements.csv" in files:
        measurements.addAll(MeasurementFiles.read(Paths.get(folder, "measurements.csv")))

options = ExperimentSummary.Options()
options.metric = metric
options.controlGroup = control_group
options.aggregation = ExperimentSummary.Aggregation.IMAGE
options.test = StatTest.fromLabel("Welch")
summary = ExperimentSummary.summarize(measurements, options)

TableFiles.write(GroupStatistics.toTable(summary.metric, summary.groups), statistics_csv.toPath())

lines = []
for group in summary.groups:
    lines.append("%s: n=%d mean=%.4f fold_change=%.4f p=%.4g" %
                 (group.group, group.n, group.mean, group.foldChange, group.pValue()))
report = "\n".join(lines)
groups = len(summary.groups)
print(report)
