package org.alsstress.updatesite;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes {@code db.xml.gz} in the layout of the updater's
 * {@code XMLFileWriter} (remote form: no {@code update-site} elements), with
 * the same inline DTD, so that the updater's validating reader accepts it.
 */
public final class DbXmlWriter {

	static final String DTD = "<!DOCTYPE pluginRecords [\n" +
		"<!ELEMENT pluginRecords ((update-site | disabled-update-site)*, plugin*)>\n" +
		"<!ELEMENT update-site EMPTY>\n" +
		"<!ELEMENT disabled-update-site EMPTY>\n" +
		"<!ELEMENT plugin (platform*, category*, version?, previous-version*)>\n" +
		"<!ELEMENT version (description?, dependency*, link*, author*)>\n" +
		"<!ELEMENT previous-version EMPTY>\n" +
		"<!ELEMENT description (#PCDATA)>\n" +
		"<!ELEMENT dependency EMPTY>\n" +
		"<!ELEMENT link (#PCDATA)>\n" +
		"<!ELEMENT author (#PCDATA)>\n" +
		"<!ELEMENT platform (#PCDATA)>\n" +
		"<!ELEMENT category (#PCDATA)>\n" +
		"<!ATTLIST update-site name CDATA #REQUIRED>\n" +
		"<!ATTLIST update-site url CDATA #REQUIRED>\n" +
		"<!ATTLIST update-site ssh-host CDATA #IMPLIED>\n" +
		"<!ATTLIST update-site upload-directory CDATA #IMPLIED>\n" +
		"<!ATTLIST update-site description CDATA #IMPLIED>\n" +
		"<!ATTLIST update-site maintainer CDATA #IMPLIED>\n" +
		"<!ATTLIST update-site timestamp CDATA #REQUIRED>\n" +
		"<!ATTLIST disabled-update-site name CDATA #REQUIRED>\n" +
		"<!ATTLIST disabled-update-site url CDATA #REQUIRED>\n" +
		"<!ATTLIST disabled-update-site ssh-host CDATA #IMPLIED>\n" +
		"<!ATTLIST disabled-update-site upload-directory CDATA #IMPLIED>\n" +
		"<!ATTLIST disabled-update-site description CDATA #IMPLIED>\n" +
		"<!ATTLIST disabled-update-site maintainer CDATA #IMPLIED>\n" +
		"<!ATTLIST disabled-update-site timestamp CDATA #REQUIRED>\n" +
		"<!ATTLIST plugin update-site CDATA #IMPLIED>\n" +
		"<!ATTLIST plugin filename CDATA #REQUIRED>\n" +
		"<!ATTLIST plugin executable CDATA #IMPLIED>\n" +
		"<!ATTLIST dependency filename CDATA #REQUIRED>\n" +
		"<!ATTLIST dependency timestamp CDATA #IMPLIED>\n" +
		"<!ATTLIST dependency overrides CDATA #IMPLIED>\n" +
		"<!ATTLIST version timestamp CDATA #REQUIRED>\n" +
		"<!ATTLIST version checksum CDATA #REQUIRED>\n" +
		"<!ATTLIST version filesize CDATA #REQUIRED>\n" +
		"<!ATTLIST previous-version filename CDATA #IMPLIED>\n" +
		"<!ATTLIST previous-version timestamp CDATA #REQUIRED>\n" +
		"<!ATTLIST previous-version timestamp-obsolete CDATA #IMPLIED>\n" +
		"<!ATTLIST previous-version checksum CDATA #REQUIRED>]>\n";

	private DbXmlWriter() {}

	public static void write(final List<SiteFile> files, final Path dbXmlGz) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dbXmlGz))) {
			out.write(toXml(files).getBytes(StandardCharsets.UTF_8));
		}
	}

	static String toXml(final List<SiteFile> files) {
		final StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append(DTD).append("<pluginRecords>\n");
		for (final SiteFile file : files) appendPlugin(xml, file);
		xml.append("</pluginRecords>\n");
		return xml.toString();
	}

	private static void appendPlugin(final StringBuilder xml, final SiteFile file) {
		xml.append("    <plugin filename=\"").append(escape(file.filename)).append("\">\n");
		for (final String category : file.categories) element(xml, 8, "category", category);
		if (file.current != null) {
			xml.append("        <version checksum=\"").append(file.current.checksum)
				.append("\" timestamp=\"").append(file.current.timestamp)
				.append("\" filesize=\"").append(file.filesize).append("\">\n");
			if (file.description != null) element(xml, 12, "description", file.description);
			for (final SiteFile.Dependency dependency : file.dependencies) {
				xml.append("            <dependency filename=\"").append(escape(dependency.filename))
					.append("\" timestamp=\"").append(dependency.timestamp).append("\"/>\n");
			}
			for (final String link : file.links) element(xml, 12, "link", link);
			for (final String author : file.authors) element(xml, 12, "author", author);
			xml.append("        </version>\n");
		}
		for (final SiteFile.Version version : file.previous) {
			xml.append("        <previous-version timestamp=\"").append(version.timestamp)
				.append("\" timestamp-obsolete=\"").append(version.timestampObsolete)
				.append("\" checksum=\"").append(version.checksum).append('"');
			if (version.filename != null) xml.append(" filename=\"").append(escape(version.filename)).append('"');
			xml.append("/>\n");
		}
		xml.append("    </plugin>\n");
	}

	private static void element(final StringBuilder xml, final int indent, final String name, final String text) {
		for (int i = 0; i < indent; i++) xml.append(' ');
		xml.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
	}

	static String escape(final String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
