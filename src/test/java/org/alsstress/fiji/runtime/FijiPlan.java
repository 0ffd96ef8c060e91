package org.alsstress.fiji.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The steps one Fiji JVM runs in order: macros (as text or files) and scripts with their inputs. */
public final class FijiPlan {

	private final Path folder;
	private final List<String> steps = new ArrayList<>();

	public FijiPlan(final Path folder) {
		this.folder = folder;
	}

	public Path folder() {
		return folder;
	}

	/** A macro given as text, saved as name.ijm. */
	public FijiPlan macro(final String name, final String code) throws IOException {
		final Path file = folder.resolve(name + ".ijm");
		Files.write(file, code.getBytes(StandardCharsets.UTF_8));
		return macroFile(name, file, "");
	}

	public FijiPlan macroFile(final String name, final Path file, final String argument) {
		return step("macro", name, file, argument);
	}

	/** A #@ script run through SciJava's script service, inputs as text (converted as Fiji converts them). */
	public FijiPlan script(final String name, final Path file, final Map<String, String> inputs) {
		final List<String> pairs = new ArrayList<>();
		inputs.forEach((key, value) -> pairs.add(key + "=" + value));
		return step("script", name, file, String.join("|", pairs));
	}

	public static Map<String, String> inputs(final String... keysAndValues) {
		final Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) map.put(keysAndValues[i], keysAndValues[i + 1]);
		return map;
	}

	private FijiPlan step(final String kind, final String name, final Path file, final String argument) {
		if (!name.matches("[A-Za-z0-9_-]+")) throw new IllegalArgumentException("step name " + name);
		if (argument.contains("\t") || argument.contains("\n")) throw new IllegalArgumentException(argument);
		steps.add(kind + "\t" + name + "\t" + file.toAbsolutePath() + "\t" + argument);
		return this;
	}

	Path write() throws IOException {
		final Path plan = folder.resolve("plan.tsv");
		Files.write(plan, steps, StandardCharsets.UTF_8);
		return plan;
	}
}
