package loci.formats;

import loci.formats.meta.MetadataStore;

/**
 * Stand-in for the OME-XML metadata Bio-Formats fills while reading: the .lif series name their channels
 * DAPI and G3BP1; other files carry no channel names (null, as in Bio-Formats).
 */
public final class FakeOmeMetadata implements MetadataStore {

	String id = "";

	public int getChannelCount(final int series) {
		return 2;
	}

	public String getChannelName(final int series, final int channel) {
		if (!id.endsWith(".lif")) return null;
		return channel == 0 ? "DAPI" : "G3BP1";
	}
}
