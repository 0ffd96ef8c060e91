package org.alsstress.commands;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ij.ImagePlus;
import ij.io.FileInfo;

import org.alsstress.io.Checksums;
import org.alsstress.model.Provenance;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.plugin.Parameter;
import org.scijava.service.Service;

/**
 * Records every user-facing {@code @Parameter} of a command into its
 * provenance, read from the fields themselves so that no parameter can be
 * forgotten. Files and images also get a SHA-256 checksum.
 */
final class ParameterRecorder {

	private ParameterRecorder() {}

	static void record(Object command, Provenance provenance) {
		inputValues(command).forEach((field, value) -> {
			provenance.parameter(field.getName(), describe(value));
			recordChecksum(field.getName(), value, provenance);
		});
	}

	/** Every user-facing input field of the command with its current value (null values included). */
	static Map<Field, Object> inputValues(Object command) {
		Map<Field, Object> values = new LinkedHashMap<>();
		for (Field field : inputFields(command.getClass())) {
			try {
				field.setAccessible(true);
				values.put(field, field.get(command));
			}
			catch (IllegalAccessException e) {
				// not readable: not an input this suite declares
			}
		}
		return values;
	}

	static List<Field> inputFields(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			List<Field> own = new ArrayList<>();
			for (Field f : c.getDeclaredFields()) {
				Parameter p = f.getAnnotation(Parameter.class);
				if (p == null || p.type() == ItemIO.OUTPUT || p.visibility() == ItemVisibility.MESSAGE)
					continue;
				if (Service.class.isAssignableFrom(f.getType()) || Context.class.isAssignableFrom(f
					.getType())) continue;
				own.add(f);
			}
			fields.addAll(0, own);
		}
		return fields;
	}

	private static String describe(Object value) {
		if (value instanceof File) return ((File) value).getAbsolutePath();
		if (value instanceof ImagePlus) {
			ImagePlus image = (ImagePlus) value;
			File file = sourceFile(image);
			return image.getTitle() + (file == null ? "" : " (" + file.getAbsolutePath() + ")");
		}
		return value == null ? "" : String.valueOf(value);
	}

	private static void recordChecksum(String role, Object value, Provenance provenance) {
		try {
			if (value instanceof File && Files.isRegularFile(((File) value).toPath())) {
				File file = (File) value;
				provenance.input(new Provenance.Input(role, file.getName(), file.getAbsolutePath(),
					Checksums.sha256(file.toPath())));
			}
			else if (value instanceof ImagePlus) recordImage(role, (ImagePlus) value, provenance);
		}
		catch (IOException e) {
			provenance.warn("Could not checksum input '" + role + "': " + e.getMessage());
		}
	}

	/**
	 * An image input: its title, and its file with the file's checksum, or for an image that exists
	 * only in memory the checksum of its pixels (said so in place of the path).
	 */
	static void recordImage(String role, ImagePlus image, Provenance provenance) throws IOException {
		File file = sourceFile(image);
		if (file != null && file.isFile()) provenance.input(new Provenance.Input(role, image.getTitle(), file
			.getAbsolutePath(), Checksums.sha256(file.toPath())));
		else provenance.input(new Provenance.Input(role, image.getTitle(), IN_MEMORY, Checksums.sha256(image)));
	}

	static final String IN_MEMORY = "(image in memory; checksum of its pixels)";

	static File sourceFile(ImagePlus image) {
		Object property = image.getProperty(org.alsstress.io.ImageOpener.FILE_PROPERTY);
		if (property != null) return new File(property.toString());
		FileInfo info = image.getOriginalFileInfo();
		if (info == null || info.fileName == null || info.directory == null || info.directory
			.isEmpty()) return null;
		return new File(info.directory, info.fileName);
	}
}
