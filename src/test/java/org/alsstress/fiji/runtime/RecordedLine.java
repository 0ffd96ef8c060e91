package org.alsstress.fiji.runtime;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scijava.Context;
import org.scijava.ItemVisibility;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.service.Service;

/**
 * The options string Fiji's macro recorder writes for a dialog run of a command, built the way
 * imagej-legacy's MacroRecorderPostprocessor and ImageJ's {@code Recorder.recordOption} build it
 * (headless ImageJ cannot make a Recorder): every input with a value, as {@code key=value}, values
 * with spaces in brackets, an empty text as {@code key=}, and an input without a value (an optional
 * file left empty) left out altogether.
 */
public final class RecordedLine {

	private RecordedLine() {}

	/**
	 * @param changed the inputs the user set in the dialog (a {@code null} value: left empty); every
	 *          other input keeps its default
	 */
	public static String of(final Context context, final Class<? extends Command> command,
		final Map<String, Object> changed)
	{
		final CommandInfo info = context.service(CommandService.class).getCommand(command);
		final Module module = context.service(ModuleService.class).createModule(info);
		final StringBuilder line = new StringBuilder();
		for (final ModuleItem<?> input : info.inputs()) {
			if (Service.class.isAssignableFrom(input.getType()) || Context.class.isAssignableFrom(input.getType())) continue;
			if (input.getVisibility() == ItemVisibility.MESSAGE || input.getVisibility() == ItemVisibility.INVISIBLE) continue;
			final Object value = changed.containsKey(input.getName()) ? changed.get(input.getName()) : module.getInput(
				input.getName());
			if (value == null) continue;
			final String text = value instanceof File ? ((File) value).getPath() : value.toString();
			if (line.length() > 0) line.append(' ');
			line.append(input.getName().toLowerCase()).append('=').append(text.contains(" ") ? "[" + text + "]" : text);
		}
		return line.toString();
	}

	public static Map<String, Object> values(final Object... namesAndValues) {
		final Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		return map;
	}

	/** A macro string literal of this text. */
	public static String quoted(final String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
