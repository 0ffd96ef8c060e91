package loci.formats;

/** Stand-in for Bio-Formats' {@code MetadataTools.createOMEXMLMetadata}. */
public final class MetadataTools {

	private MetadataTools() {}

	public static FakeOmeMetadata createOMEXMLMetadata() {
		return new FakeOmeMetadata();
	}
}
