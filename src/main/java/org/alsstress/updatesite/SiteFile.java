package org.alsstress.updatesite;

import java.util.ArrayList;
import java.util.List;

/** One {@code plugin} record of an update site's {@code db.xml.gz}. */
public final class SiteFile {

	/** A version of a file: current ({@code version}) or earlier ({@code previous-version}). */
	public static final class Version {
		public final String checksum;
		public final long timestamp;
		/** When the version stopped being current; 0 when unknown. */
		public final long timestampObsolete;
		/** The file name of this version when it differs from the record's (e.g. another jar version). */
		public final String filename;

		public Version(final String checksum, final long timestamp, final long timestampObsolete,
			final String filename)
		{
			this.checksum = checksum;
			this.timestamp = timestamp;
			this.timestampObsolete = timestampObsolete;
			this.filename = filename;
		}
	}

	/** A file this one needs; declared only, it may live on another site (e.g. Fiji's core). */
	public static final class Dependency {
		public final String filename;
		public final long timestamp;

		public Dependency(final String filename, final long timestamp) {
			this.filename = filename;
			this.timestamp = timestamp;
		}
	}

	public String filename;
	/** Null for an obsolete file (removed from the site, only previous versions remain). */
	public Version current;
	public long filesize;
	public String description;
	public final List<String> categories = new ArrayList<>();
	public final List<Dependency> dependencies = new ArrayList<>();
	public final List<String> links = new ArrayList<>();
	public final List<String> authors = new ArrayList<>();
	public final List<Version> previous = new ArrayList<>();

	public SiteFile(final String filename) {
		this.filename = filename;
	}

	/** The name under which this version is stored on the site. */
	public String uploadName() {
		return filename + "-" + current.timestamp;
	}

	boolean knows(final String checksum) {
		if (current != null && current.checksum.equals(checksum)) return true;
		for (final Version version : previous) {
			if (version.checksum.equals(checksum)) return true;
		}
		return false;
	}
}
