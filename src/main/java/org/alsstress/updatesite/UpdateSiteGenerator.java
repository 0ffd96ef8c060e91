package org.alsstress.updatesite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.util.FileUtils;

/**
 * Builds a ready-to-upload Fiji update site folder ({@code db.xml.gz} plus
 * each file stored as {@code <path>-<timestamp>}) from a
 * {@link SiteDescription}. Regenerating over an existing site keeps it
 * upgradable: an unchanged file keeps its version, a changed one gets a new
 * timestamped copy and its old version becomes a {@code previous-version},
 * and a file dropped from the description is marked obsolete. Nothing already
 * in the folder is overwritten or deleted.
 */
public final class UpdateSiteGenerator {

	public static final String DB_XML_GZ = "db.xml.gz";

	private final Path siteFolder;
	private final long timestamp;
	private final List<String> report = new ArrayList<>();

	/**
	 * @param siteFolder the site to create or update
	 * @param timestamp the "upload" time, {@link UpdaterTimestamp#now()} in a build
	 */
	public UpdateSiteGenerator(final Path siteFolder, final long timestamp) {
		this.siteFolder = siteFolder;
		this.timestamp = timestamp;
	}

	/** One line per file: what happened to it. */
	public List<String> report() {
		return report;
	}

	public List<SiteFile> generate(final SiteDescription description, final Path descriptionFolder)
		throws IOException
	{
		Files.createDirectories(siteFolder);
		final Path db = siteFolder.resolve(DB_XML_GZ);
		final Map<String, SiteFile> records = new LinkedHashMap<>();
		if (Files.exists(db)) {
			for (final SiteFile file : DbXmlReader.read(db)) records.put(unversioned(file.filename), file);
		}
		final List<String> published = new ArrayList<>();
		for (final SiteDescription.Entry entry : description.files) {
			final String key = unversioned(entry.path);
			published.add(key);
			final SiteFile record = records.computeIfAbsent(key, k -> new SiteFile(entry.path));
			publish(entry, descriptionFolder.resolve(entry.source), record);
			describe(record, entry);
		}
		for (final Map.Entry<String, SiteFile> record : records.entrySet()) {
			if (!published.contains(record.getKey())) markObsolete(record.getValue());
		}
		final List<SiteFile> files = new ArrayList<>(records.values());
		final Path temporary = siteFolder.resolve(DB_XML_GZ + ".new");
		DbXmlWriter.write(files, temporary);
		Files.move(temporary, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return files;
	}

	private void publish(final SiteDescription.Entry entry, final Path source, final SiteFile record)
		throws IOException
	{
		if (!Files.isRegularFile(source)) {
			throw new IOException("The file to publish as " + entry.path + " does not exist: " + source +
				" (build it first, e.g. mvn package)");
		}
		final String checksum = UpdaterChecksum.of(entry.path, source);
		if (record.current != null && record.current.checksum.equals(checksum) &&
			record.filename.equals(entry.path))
		{
			report.add(entry.path + ": unchanged, keeps version " + record.current.timestamp);
			return;
		}
		if (record.current != null) {
			if (record.current.timestamp >= timestamp) {
				throw new IOException(entry.path + " already has a version from " + record.current.timestamp +
					"; wait a second and generate again so the new version is newer");
			}
			record.previous.add(new SiteFile.Version(record.current.checksum, record.current.timestamp, timestamp,
				record.filename.equals(entry.path) ? null : record.filename));
			report.add(entry.path + ": new version " + timestamp + ", previous " + record.current.timestamp + " kept");
		}
		else {
			report.add(entry.path + ": first version " + timestamp);
		}
		record.filename = entry.path;
		record.current = new SiteFile.Version(checksum, timestamp, 0, null);
		record.filesize = Files.size(source);
		final Path upload = siteFolder.resolve(record.uploadName());
		Files.createDirectories(upload.getParent());
		Files.copy(source, upload);
	}

	private static void describe(final SiteFile record, final SiteDescription.Entry entry) {
		record.description = entry.description;
		replace(record.authors, entry.authors);
		replace(record.links, entry.links);
		replace(record.categories, entry.categories);
		record.dependencies.clear();
		for (final SiteDescription.DeclaredDependency dependency : entry.dependencies) {
			record.dependencies.add(new SiteFile.Dependency(unversioned(dependency.filename), dependency.timestamp));
		}
	}

	private static void replace(final List<String> target, final List<String> values) {
		target.clear();
		if (values != null) target.addAll(values);
	}

	private void markObsolete(final SiteFile record) {
		if (record.current == null) return;
		record.previous.add(new SiteFile.Version(record.current.checksum, record.current.timestamp, timestamp, null));
		report.add(record.filename + ": no longer in the description, marked obsolete");
		record.current = null;
	}

	/** The updater identifies a jar across versions by its name without the version. */
	static String unversioned(final String path) {
		return FileUtils.stripFilenameVersion(path);
	}

	/**
	 * Usage: {@code UpdateSiteGenerator <site.json> <site folder> [name=value ...]};
	 * the name=value pairs fill {@code ${name}} placeholders in the description.
	 */
	public static void main(final String... args) throws IOException {
		if (args.length < 2) {
			throw new IllegalArgumentException(
				"Usage: UpdateSiteGenerator <site.json> <site folder> [name=value ...]");
		}
		final Path json = Paths.get(args[0]).toAbsolutePath();
		final Map<String, String> variables = new LinkedHashMap<>();
		for (int i = 2; i < args.length; i++) {
			final int equals = args[i].indexOf('=');
			if (equals < 1) throw new IllegalArgumentException("Expected name=value, got: " + args[i]);
			variables.put(args[i].substring(0, equals), args[i].substring(equals + 1));
		}
		final SiteDescription description = SiteDescription.read(json, variables);
		final Path site = Paths.get(args[1]).toAbsolutePath();
		final UpdateSiteGenerator generator = new UpdateSiteGenerator(site, UpdaterTimestamp.now());
		generator.generate(description, json.getParent());
		for (final String line : generator.report()) System.out.println("[update-site] " + line);
		System.out.println("[update-site] ready to upload: " + site);
	}
}
