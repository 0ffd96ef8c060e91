package org.alsstress.io;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Channel names of every series from the file's OME metadata, through Bio-Formats by reflection (the
 * importer does not put them into the plane labels). Metadata that cannot be read gives no names, never
 * an error: the names only help to pick channels, and a file without them asks for channel numbers.
 */
final class BioFormatsChannelNames {

	private BioFormatsChannelNames() {}

	/** One array per series, one name per channel ("" where the file has none); empty when unreadable. */
	static List<String[]> read(Path file) {
		Object reader = null;
		try {
			Object metadata = BioFormatsLibrary.load("loci.formats.MetadataTools").getMethod("createOMEXMLMetadata").invoke(
				null);
			Class<?> readerClass = BioFormatsLibrary.load("loci.formats.ImageReader");
			reader = readerClass.getConstructor().newInstance();
			readerClass.getMethod("setMetadataStore", BioFormatsLibrary.load("loci.formats.meta.MetadataStore")).invoke(reader,
				metadata);
			readerClass.getMethod("setId", String.class).invoke(reader, file.toString());
			Method seriesCount = readerClass.getMethod("getSeriesCount");
			Method channelCount = metadata.getClass().getMethod("getChannelCount", int.class);
			Method channelName = metadata.getClass().getMethod("getChannelName", int.class, int.class);
			List<String[]> names = new ArrayList<>();
			for (int s = 0; s < (Integer) seriesCount.invoke(reader); s++) {
				String[] series = new String[(Integer) channelCount.invoke(metadata, s)];
				for (int c = 0; c < series.length; c++) {
					Object name = channelName.invoke(metadata, s, c);
					series[c] = name == null ? "" : name.toString();
				}
				names.add(series);
			}
			return names;
		}
		catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
			return Collections.emptyList();
		}
		finally {
			close(reader);
		}
	}

	/** True when a Bio-Formats reader lists the file's suffix (checked by name only, the file is not read). */
	static boolean suffixKnown(String fileName) {
		String name = fileName.toLowerCase(java.util.Locale.ROOT);
		try {
			Class<?> readerClass = BioFormatsLibrary.load("loci.formats.ImageReader");
			Object reader = readerClass.getConstructor().newInstance();
			for (String suffix : (String[]) readerClass.getMethod("getSuffixes").invoke(reader))
				if (name.endsWith("." + suffix.toLowerCase(java.util.Locale.ROOT))) return true;
			return false;
		}
		catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
			return true; // cannot tell: let the reader try
		}
	}

	private static void close(Object reader) {
		if (reader == null) return;
		try {
			reader.getClass().getMethod("close").invoke(reader);
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			// nothing was opened
		}
	}
}
