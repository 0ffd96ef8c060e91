#@ File (label = "Results folder", style = "directory", description = "A folder written by a toolkit command") folder
#@output String tables

# Plugins > ALS Stress Toolkit > Open Results Folder
# Shows the tables of a results folder (lanes.csv, cells.csv, summary.csv, ...)
# as ImageJ results tables titled by their file names, so that they can be
# browsed, plotted, and read by macros with Table.get("column", row, "lanes.csv").
# The tidy measurements.csv is left out: open it with File > Open when needed.
# A folder whose run did not complete (provenance.json says running or failed)
# is refused, as by the commands: its tables would be incomplete or stale.

import os
from ij import IJ
from org.alsstress.commands import RunStatus
from org.alsstress.fiji import MacroRuns, ResultTables
from org.alsstress.io import TableFiles

MacroRuns.starting()
tables = ""
incomplete = RunStatus.incomplete(folder.toPath())
if incomplete.isPresent():
    MacroRuns.failed("Open Results Folder", incomplete.get() + " Its tables were not opened.")
else:
    names = sorted(name for name in os.listdir(folder.getPath())
                   if name.endswith(".csv") and name != "measurements.csv")
    for name in names:
        ResultTables.publish(name, TableFiles.read(folder.toPath().resolve(name)))
    tables = ", ".join(names)
    if not names:
        IJ.log("Open Results Folder: no results tables (.csv) in " + folder.getPath() +
               "; choose a folder written by an ALS Stress Toolkit command.")
