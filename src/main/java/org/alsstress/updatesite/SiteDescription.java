package org.alsstress.updatesite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * The site description kept in {@code update-site/site.json}: which built
 * files go to the site, where they land inside Fiji, their description and
 * authors, and the files they need from Fiji's core site (declared, never
 * uploaded). {@code ${name}} placeholders are filled from the build (e.g.
 * {@code ${project.version}}).
 */
public final class SiteDescription {

	/** One file to publish. */
	public static final class Entry {
		/** Where the built file is, relative to the description's folder unless absolute. */
		public String source;
		/** Where the file goes inside Fiji, e.g. {@code jars/als-stress-toolkit-0.1.0.jar}. */
		public String path;
		public String description;
		public List<String> authors = new ArrayList<>();
		public List<String> links = new ArrayList<>();
		public List<String> categories = new ArrayList<>();
		public List<DeclaredDependency> dependencies = new ArrayList<>();
	}

	/** A file provided by another site, typically Fiji's core ("ImageJ" / "Fiji" / "Java-8"). */
	public static final class DeclaredDependency {
		public String filename;
		public long timestamp;
	}

	public String name;
	public String url;
	public List<Entry> files = new ArrayList<>();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

	public static SiteDescription read(final Path json, final Map<String, String> variables) throws IOException {
		final String text = fill(new String(Files.readAllBytes(json), StandardCharsets.UTF_8), variables, json);
		final SiteDescription description;
		try {
			description = new Gson().fromJson(text, SiteDescription.class);
		}
		catch (final JsonParseException e) {
			throw new IOException(json + " is not valid JSON: " + e.getMessage(), e);
		}
		description.check(json);
		return description;
	}

	static String fill(final String text, final Map<String, String> variables, final Path source)
		throws IOException
	{
		final Matcher matcher = PLACEHOLDER.matcher(text);
		final StringBuffer filled = new StringBuffer();
		while (matcher.find()) {
			final String value = variables.get(matcher.group(1));
			if (value == null) {
				throw new IOException(source + " uses ${" + matcher.group(1) +
					"} but the build did not define it; defined: " + variables.keySet());
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	private void check(final Path json) throws IOException {
		if (files == null || files.isEmpty()) throw new IOException(json + " lists no files to publish");
		for (final Entry entry : files) {
			if (entry.source == null || entry.path == null) {
				throw new IOException(json + ": every file needs a \"source\" and a \"path\"");
			}
			if (entry.path.startsWith("/") || entry.path.contains("..") || entry.path.contains("\\")) {
				throw new IOException(json + ": \"" + entry.path +
					"\" must be a relative path inside Fiji with '/' separators, e.g. jars/my.jar");
			}
			for (final DeclaredDependency dependency : entry.dependencies) {
				if (!UpdaterTimestamp.isValid(dependency.timestamp)) {
					throw new IOException(json + ": dependency " + dependency.filename +
						" needs a timestamp written yyyyMMddHHmmss, not " + dependency.timestamp);
				}
			}
		}
	}
}
