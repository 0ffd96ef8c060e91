package loci.plugins.in;

import java.io.IOException;

/** Stand-in for Bio-Formats' importer options: the methods ImageOpener calls, with their real signatures. */
public class ImporterOptions {

	public String id;
	public boolean openAllSeries;
	public boolean quiet;
	public boolean windowless;

	public ImporterOptions() throws IOException {}

	public void setId(final String id) {
		this.id = id;
	}

	public void setOpenAllSeries(final boolean openAllSeries) {
		this.openAllSeries = openAllSeries;
	}

	public void setQuiet(final boolean quiet) {
		this.quiet = quiet;
	}

	public void setWindowless(final boolean windowless) {
		this.windowless = windowless;
	}
}
