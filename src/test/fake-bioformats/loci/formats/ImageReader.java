package loci.formats;

import java.io.File;

import loci.formats.meta.MetadataStore;

/** Stand-in for Bio-Formats' {@code ImageReader}: just enough to read channel names. */
public final class ImageReader {

	private FakeOmeMetadata metadata;
	private String id;

	public void setMetadataStore(final MetadataStore store) {
		metadata = (FakeOmeMetadata) store;
	}

	public void setId(final String id) {
		this.id = id;
		metadata.id = new File(id).getName();
	}

	public int getSeriesCount() {
		return id.endsWith(".lif") ? 3 : 1;
	}

	public void close() {
		id = null;
	}
}
