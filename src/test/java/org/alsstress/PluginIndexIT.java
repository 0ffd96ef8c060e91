package org.alsstress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import com.google.gson.JsonObject;
import com.google.gson.JsonStreamParser;

import org.junit.Test;

/** Reads the plugin index inside the built jar, as Fiji does when it starts. */
public class PluginIndexIT {

	/** Every user-facing command class and the menu path it must appear under. */
	static final Map<String, String> EXPECTED = new HashMap<>();
	static {
		EXPECTED.put("org.alsstress.commands.SummarizeExperiment",
			"Plugins>ALS Stress Toolkit>Summarize Experiment");
		EXPECTED.put("org.alsstress.commands.QuantifyTbk1Bands",
			"Plugins>ALS Stress Toolkit>Quantify TBK1 Bands");
		EXPECTED.put("org.alsstress.commands.SimulateBlot",
			"Plugins>ALS Stress Toolkit>Utilities>Simulate Blot");
		EXPECTED.put("org.alsstress.commands.SimulateStressGranuleField",
			"Plugins>ALS Stress Toolkit>Utilities>Simulate Stress Granule Field");
		EXPECTED.put("org.alsstress.commands.SimulateValidationFields",
			"Plugins>ALS Stress Toolkit>Utilities>Simulate Validation Fields");
		EXPECTED.put("org.alsstress.commands.SegmentStressGranules",
			"Plugins>ALS Stress Toolkit>Segment Stress Granules");
	}

	@Test
	public void builtJarListsEveryCommandWithItsMenuPath() throws Exception {
		File jar = builtJar();
		Map<String, String> menuPaths = new HashMap<>();
		try (JarFile jf = new JarFile(jar)) {
			JarEntry index = jf.getJarEntry("META-INF/json/org.scijava.plugin.Plugin");
			assertTrue("no plugin index in " + jar, index != null);
			try (Reader in = new InputStreamReader(jf.getInputStream(index), StandardCharsets.UTF_8)) {
				JsonStreamParser parser = new JsonStreamParser(in);
				while (parser.hasNext()) {
					JsonObject entry = parser.next().getAsJsonObject();
					JsonObject values = entry.getAsJsonObject("values");
					if (values != null && values.has("menuPath")) menuPaths.put(entry.get("class")
						.getAsString(), values.get("menuPath").getAsString());
				}
			}
		}
		for (Map.Entry<String, String> e : EXPECTED.entrySet())
			assertEquals(e.getKey(), e.getValue(), menuPaths.get(e.getKey()));
		for (Map.Entry<String, String> e : menuPaths.entrySet())
			if (e.getKey().startsWith("org.alsstress.commands.")) assertTrue(e.getKey() +
				" is in the menu but not in the expected list", EXPECTED.containsKey(e.getKey()));
	}

	private static File builtJar() {
		File[] jars = new File("target").listFiles((dir, name) -> name.startsWith(
			"als-stress-toolkit-") && name.endsWith(".jar") && !name.contains("sources") && !name
				.contains("tests"));
		assertTrue("the jar is not built yet (run mvn verify)", jars != null && jars.length == 1);
		return jars[0];
	}

}
