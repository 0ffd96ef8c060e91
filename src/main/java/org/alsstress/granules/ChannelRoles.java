package org.alsstress.granules;

import java.util.List;
import java.util.Locale;

import org.alsstress.model.UserInputException;

/**
 * Which channel holds what. Channel numbers count from 1; 0 means "none" for
 * the optional cell and apoptosis channels and "from the channel names" for
 * the nuclei and granule channels. Names are recognised only when the file
 * carries them (DAPI, Hoechst, DNA ... for nuclei; G3BP1, TIA1, PABPC1 ... for
 * granules): an image whose channels have no names needs the numbers, since
 * guessing which of two unnamed channels is the DNA stain would silently
 * swap the analysis.
 */
public final class ChannelRoles {

	private static final String[] NUCLEUS_NAMES = { "dapi", "hoechst", "dna", "nuclei", "nucleus", "draq5", "sytox",
		"h2b", "topro", "to-pro" };
	private static final String[] GRANULE_NAMES = { "g3bp", "tia1", "tiar", "tia-1", "pabp", "eif4g", "eif3",
		"atxn2", "fmrp", "caprin", "ubap2l", "usp10", "granule", "sg marker" };

	public final int nuclei;
	public final int granules;
	public final int cells;
	public final int apoptosis;
	/** How nuclei and granule channels were chosen, for the log. */
	public final String note;
	/** Channels that share a name (empty when none do): a warning, since names then do not tell them apart. */
	public final String sameNames;

	private ChannelRoles(int nuclei, int granules, int cells, int apoptosis, String note, String sameNames) {
		this.nuclei = nuclei;
		this.granules = granules;
		this.cells = cells;
		this.apoptosis = apoptosis;
		this.note = note;
		this.sameNames = sameNames;
	}

	/**
	 * @param names the image's channel names (empty strings where it has none)
	 * @param image shown in messages
	 */
	public static ChannelRoles resolve(int nuclei, int granules, int cells, int apoptosis, List<String> names,
		String image)
	{
		int channels = names.size();
		check("nuclei_channel", nuclei, channels, image);
		check("granule_channel", granules, channels, image);
		check("cell_channel", cells, channels, image);
		check("apoptosis_channel", apoptosis, channels, image);
		if (channels < 2) throw new UserInputException("'" + image + "' has a single channel; the analysis needs " +
			"a nuclear stain and a granule marker as two channels of one image (a multi-channel TIFF, or any " +
			"Bio-Formats file in Fiji).");
		String note = "";
		if (nuclei == 0) {
			nuclei = byName(names, NUCLEUS_NAMES);
			refuseAmbiguous("nuclei_channel", "nuclear stain", names, nuclei, image);
			if (nuclei == 0) throw unnamed("nuclei_channel", names, image);
			note += "nuclei: channel " + nuclei + " (" + names.get(nuclei - 1) + ")";
		}
		if (granules == 0) {
			granules = byName(names, GRANULE_NAMES);
			refuseAmbiguous("granule_channel", "granule marker", names, granules, image);
			if (granules == 0) throw unnamed("granule_channel", names, image);
			note += (note.isEmpty() ? "" : ", ") + "granules: channel " + granules + " (" + names.get(granules - 1) + ")";
		}
		if (nuclei == granules) throw new UserInputException("nuclei_channel and granule_channel are both " + nuclei +
			" for '" + image + "': give the nuclear stain and the granule marker as different channels.");
		return new ChannelRoles(nuclei, granules, cells, apoptosis, note, sameNames(names, image));
	}

	/** The channel a role's name points to shares that name with another: choosing either would be a guess. */
	private static void refuseAmbiguous(String parameter, String role, List<String> names, int chosen, String image) {
		if (chosen == 0) return;
		String name = names.get(chosen - 1).trim();
		for (int c = 0; c < names.size(); c++)
			if (c != chosen - 1 && names.get(c).trim().equalsIgnoreCase(name)) throw new UserInputException("In '" + image +
				"' channels " + Math.min(chosen, c + 1) + " and " + Math.max(chosen, c + 1) + " are both named '" + name +
				"', so which one holds the " + role + " is not known: set " + parameter + ".");
	}

	private static String sameNames(List<String> names, String image) {
		for (int a = 0; a < names.size(); a++)
			for (int b = a + 1; b < names.size(); b++)
				if (!names.get(a).isBlank() && names.get(a).trim().equalsIgnoreCase(names.get(b).trim())) return "'" + image +
					"': channels " + (a + 1) + " and " + (b + 1) + " are both named '" + names.get(a).trim() + "'; check " +
					"that the channel numbers given are the ones meant.";
		return "";
	}

	private static void check(String parameter, int channel, int channels, String image) {
		if (channel < 0) throw new UserInputException(parameter + " is " + channel + ": channels count from 1 (0 = " +
			(parameter.startsWith("nuclei") || parameter.startsWith("granule") ? "from the channel names" : "none") + ").");
		if (channel > channels) throw new UserInputException(parameter + " is " + channel + " but '" + image +
			"' has " + channels + " channel" + (channels == 1 ? "" : "s") + ": set " + parameter + " to a channel " +
			"between 1 and " + channels + ".");
	}

	private static int byName(List<String> names, String[] known) {
		for (int c = 0; c < names.size(); c++) {
			String name = names.get(c).toLowerCase(Locale.ROOT);
			for (String k : known)
				if (name.contains(k)) return c + 1;
		}
		return 0;
	}

	private static UserInputException unnamed(String parameter, List<String> names, String image) {
		boolean none = names.stream().allMatch(String::isBlank);
		return new UserInputException("'" + image + "' has " + names.size() + " channels " + (none ? "without names"
			: "named " + names) + ", so which one holds the " + (parameter.startsWith("nuclei") ? "nuclear stain"
				: "granule marker") + " is not known: set nuclei_channel and granule_channel (e.g. nuclei_channel=1 " +
			"granule_channel=2).");
	}
}
