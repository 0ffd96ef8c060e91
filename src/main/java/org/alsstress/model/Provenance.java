package org.alsstress.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run did: tool version, command, every parameter value, the input
 * files with their SHA-256, when it ran and the warnings it raised. Written
 * as {@code provenance.json} next to the results.
 */
public final class Provenance {

	/** One input: its role in the run, its name, where it was and its checksum. */
	public static final class Input {

		public final String role;
		public final String name;
		public final String path;
		public final String sha256;

		public Input(String role, String name, String path, String sha256) {
			this.role = role;
			this.name = name;
			this.path = path;
			this.sha256 = sha256;
		}
	}

	private final String command;
	private final String commandClass;
	private final String version;
	private final Instant started;
	private Instant finished;
	private String status = "running";
	private final Map<String, String> parameters = new LinkedHashMap<>();
	private final List<Input> inputs = new ArrayList<>();
	private final List<ImageDescription> images = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private final List<String> outputs = new ArrayList<>();
	private final Map<String, String> environment = new LinkedHashMap<>();

	public Provenance(String command, String commandClass) {
		this(command, commandClass, ToolVersion.get(), Instant.now());
	}

	public Provenance(String command, String commandClass, String version, Instant started) {
		this.command = command;
		this.commandClass = commandClass;
		this.version = version;
		this.started = started;
		environment.put("java", System.getProperty("java.version", ""));
		environment.put("os", System.getProperty("os.name", "") + " " + System.getProperty(
			"os.arch", ""));
	}

	public synchronized Provenance parameter(String name, Object value) {
		parameters.put(name, value == null ? "" : String.valueOf(value));
		return this;
	}

	public synchronized Provenance input(Input input) {
		inputs.add(input);
		return this;
	}

	/** Records how an analysed image was calibrated (pixel size, channel names). */
	public synchronized Provenance image(ImageDescription image) {
		images.add(image);
		return this;
	}

	public synchronized Provenance warn(String warning) {
		warnings.add(warning);
		return this;
	}

	public synchronized Provenance output(String relativePath) {
		if (!outputs.contains(relativePath)) outputs.add(relativePath);
		return this;
	}

	public synchronized Provenance environment(String key, String value) {
		environment.put(key, value);
		return this;
	}

	/** Marks the run complete. */
	public synchronized void finish() {
		finished = Instant.now();
		status = "completed";
	}

	/** Marks the run failed: whatever results were written are incomplete. */
	public synchronized void fail(String reason) {
		finished = Instant.now();
		status = "failed: " + reason;
	}

	public synchronized String status() {
		return status;
	}

	public String command() { return command; }
	public String commandClass() { return commandClass; }
	public String version() { return version; }
	public Instant started() { return started; }
	public Instant finished() { return finished; }

	public synchronized Map<String, String> parameters() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	public synchronized List<Input> inputs() {
		return List.copyOf(inputs);
	}

	public synchronized List<ImageDescription> images() {
		return List.copyOf(images);
	}

	public synchronized List<String> warnings() {
		return List.copyOf(warnings);
	}

	public synchronized List<String> outputs() {
		return List.copyOf(outputs);
	}

	public synchronized Map<String, String> environment() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(environment));
	}
}
