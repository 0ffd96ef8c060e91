package org.alsstress.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.alsstress.model.ImageDescription;
import org.alsstress.model.Provenance;
import org.alsstress.model.ToolVersion;

/** Writes {@code provenance.json}. */
public final class ProvenanceFiles {

	public static final String FILE_NAME = "provenance.json";

	private ProvenanceFiles() {}

	/** Writes (or replaces) the folder's provenance.json atomically: the old version stays until the new one is complete. */
	public static Path write(Provenance p, Path folder) throws IOException {
		return OutputFiles.writeString(folder.resolve(FILE_NAME), text(p));
	}

	/** Writes provenance.json under its temporary name, for {@link OutputFiles#commit} to put in place. */
	public static Path writePart(Provenance p, Path folder) throws IOException {
		return OutputFiles.writePart(folder.resolve(FILE_NAME), out -> out.write(text(p).getBytes(
			StandardCharsets.UTF_8)));
	}

	private static String text(Provenance p) {
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(toJson(p));
	}

	static JsonObject toJson(Provenance p) {
		JsonObject json = new JsonObject();
		json.addProperty("tool", ToolVersion.TOOL_NAME);
		json.addProperty("version", p.version());
		json.addProperty("command", p.command());
		json.addProperty("command_class", p.commandClass());
		json.addProperty("status", p.status());
		json.addProperty("started", p.started().toString());
		json.addProperty("finished", p.finished() == null ? "" : p.finished().toString());
		json.add("parameters", toJson(p.parameters()));
		JsonArray inputs = new JsonArray();
		for (Provenance.Input input : p.inputs()) {
			JsonObject i = new JsonObject();
			i.addProperty("role", input.role);
			i.addProperty("name", input.name);
			i.addProperty("path", input.path);
			i.addProperty("sha256", input.sha256);
			inputs.add(i);
		}
		json.add("inputs", inputs);
		JsonArray images = new JsonArray();
		for (ImageDescription image : p.images()) images.add(toJson(image));
		json.add("images", images);
		json.add("outputs", toJsonArray(p.outputs()));
		json.add("warnings", toJsonArray(p.warnings()));
		json.add("environment", toJson(p.environment()));
		return json;
	}

	private static JsonObject toJson(ImageDescription image) {
		JsonObject i = new JsonObject();
		i.addProperty("name", image.name);
		i.addProperty("series", image.series);
		i.addProperty("width", image.width);
		i.addProperty("height", image.height);
		i.addProperty("channels", image.channels);
		i.addProperty("slices", image.slices);
		i.addProperty("frames", image.frames);
		i.addProperty("bit_depth", image.bitDepth);
		i.addProperty("pixel_width", image.pixelWidth);
		i.addProperty("pixel_height", image.pixelHeight);
		i.addProperty("unit", image.unit);
		i.add("channel_names", toJsonArray(image.channelNames));
		return i;
	}

	private static JsonObject toJson(Map<String, String> map) {
		JsonObject json = new JsonObject();
		map.forEach(json::addProperty);
		return json;
	}

	private static JsonArray toJsonArray(Iterable<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}

	/** Reads a written provenance file back as JSON, e.g. to compare runs. */
	public static JsonObject read(Path file) throws IOException {
		return new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), JsonObject.class);
	}
}
