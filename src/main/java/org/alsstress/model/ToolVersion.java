package org.alsstress.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The suite's version, as Maven stamped it into the build. */
public final class ToolVersion {

	public static final String TOOL_NAME = "ALS Stress Toolkit";

	private static final String VERSION = load();

	private ToolVersion() {}

	public static String get() {
		return VERSION;
	}

	private static String load() {
		try (InputStream in = ToolVersion.class.getResourceAsStream(
			"/org/alsstress/version.properties"))
		{
			if (in != null) {
				Properties p = new Properties();
				p.load(in);
				String v = p.getProperty("version", "");
				if (!v.isEmpty() && !v.startsWith("$")) return v;
			}
		}
		catch (IOException e) {
			// fall through to the manifest
		}
		String v = ToolVersion.class.getPackage().getImplementationVersion();
		return v == null ? "unknown" : v;
	}
}
