package org.alsstress.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alsstress.io.BioFormatsLibrary;

/**
 * {@code --fiji /path/to/Fiji.app}, anywhere on the command line, or the {@value #ENV} environment variable:
 * files that need Bio-Formats (.czi, .lif, .nd2, ...) are read with that Fiji's own Bio-Formats, with their
 * series, channel names and calibration as in Fiji.
 */
final class FijiOption {

	static final String OPTION = "--fiji", ENV = "FIJI_HOME";

	private FijiOption() {}

	/** Uses the Fiji the arguments (else {@code fijiHome}) name; returns the other arguments. */
	static String[] apply(String[] args, String fijiHome) throws UsageException {
		List<String> rest = new ArrayList<>();
		String fiji = null;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals(OPTION)) {
				if (i + 1 >= args.length || args[i + 1].startsWith("--")) throw new UsageException(OPTION +
					" needs the path of a Fiji installation, e.g. --fiji /opt/Fiji.app");
				fiji = args[++i];
			}
			else if (args[i].startsWith(OPTION + "=")) fiji = args[i].substring(OPTION.length() + 1);
			else rest.add(args[i]);
		}
		if (fiji == null && fijiHome != null && !fijiHome.isBlank()) fiji = fijiHome;
		if (fiji != null) BioFormatsLibrary.useFiji(Path.of(fiji));
		return rest.toArray(new String[0]);
	}
}
