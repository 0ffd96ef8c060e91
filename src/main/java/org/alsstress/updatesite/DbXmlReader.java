package org.alsstress.updatesite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads an update site's {@code db.xml.gz}, validating it against its inline DTD. */
public final class DbXmlReader {

	private DbXmlReader() {}

	public static List<SiteFile> read(final Path dbXmlGz) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(dbXmlGz))) {
			return parse(in, dbXmlGz);
		}
	}

	private static List<SiteFile> parse(final InputStream in, final Path source) throws IOException {
		final Document document;
		try {
			final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setValidating(true);
			final DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new StrictHandler());
			document = builder.parse(in);
		}
		catch (final SAXException | ParserConfigurationException e) {
			throw new IOException(source + " is not a valid update site database: " + e.getMessage(), e);
		}
		final List<SiteFile> files = new ArrayList<>();
		for (final Element plugin : children(document.getDocumentElement(), "plugin")) {
			files.add(toSiteFile(plugin));
		}
		return files;
	}

	private static SiteFile toSiteFile(final Element plugin) {
		final SiteFile file = new SiteFile(plugin.getAttribute("filename"));
		for (final Element category : children(plugin, "category")) file.categories.add(category.getTextContent());
		for (final Element version : children(plugin, "version")) {
			file.current = new SiteFile.Version(version.getAttribute("checksum"),
				Long.parseLong(version.getAttribute("timestamp")), 0, null);
			file.filesize = Long.parseLong(version.getAttribute("filesize"));
			for (final Element description : children(version, "description")) {
				file.description = description.getTextContent();
			}
			for (final Element dependency : children(version, "dependency")) {
				file.dependencies.add(new SiteFile.Dependency(dependency.getAttribute("filename"),
					longAttribute(dependency, "timestamp")));
			}
			for (final Element link : children(version, "link")) file.links.add(link.getTextContent());
			for (final Element author : children(version, "author")) file.authors.add(author.getTextContent());
		}
		for (final Element previous : children(plugin, "previous-version")) {
			final String filename = previous.getAttribute("filename");
			file.previous.add(new SiteFile.Version(previous.getAttribute("checksum"),
				Long.parseLong(previous.getAttribute("timestamp")), longAttribute(previous, "timestamp-obsolete"),
				filename.isEmpty() ? null : filename));
		}
		return file;
	}

	private static long longAttribute(final Element element, final String name) {
		final String value = element.getAttribute(name);
		return value.isEmpty() ? 0 : Long.parseLong(value);
	}

	private static List<Element> children(final Element parent, final String name) {
		final List<Element> result = new ArrayList<>();
		final NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			final Node node = nodes.item(i);
			if (node instanceof Element && ((Element) node).getTagName().equals(name)) result.add((Element) node);
		}
		return result;
	}

	/** Validation errors are errors, not warnings printed to the console. */
	private static final class StrictHandler extends DefaultHandler {
		@Override
		public void error(final SAXParseException e) throws SAXException {
			throw e;
		}
	}
}
