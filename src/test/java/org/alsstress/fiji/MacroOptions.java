package org.alsstress.fiji;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;

import org.scijava.command.CommandInfo;
import org.scijava.convert.ConvertService;
import org.scijava.module.ModuleItem;

/**
 * Reads and writes macro option strings the way Fiji's macro bridge
 * (imagej-legacy) does: the recorder writes {@code key=value} with the key the
 * field name cut at the first space and lower-cased, and values with spaces in
 * brackets; on replay each input is looked up with
 * {@link Macro#getValue(String, String, String)} and converted by SciJava's
 * {@link ConvertService}, silently skipping what is missing or unconvertible.
 * An image input is found by window title or ID, else the active image.
 */
final class MacroOptions {

	private MacroOptions() {}

	static String key(final String fieldName) {
		final int space = fieldName.indexOf(' ');
		return (space < 0 ? fieldName : fieldName.substring(0, space)).toLowerCase(Locale.ROOT);
	}

	/** One recorded option, as {@code ij.plugin.frame.Recorder.recordOption} writes it. */
	static String recorded(final String fieldName, final String value) {
		return key(fieldName) + "=" + (value.contains(" ") ? "[" + value + "]" : value);
	}

	/** The input values a macro's options string sets, converted to the inputs' types. */
	static Map<String, Object> inputs(final String options, final CommandInfo info, final ConvertService convert) {
		final Map<String, Object> values = new LinkedHashMap<>();
		for (final ModuleItem<?> input : SuiteCommands.userInputs(info)) {
			final String value = Macro.getValue(options, key(input.getName()), null);
			final Class<?> type = input.getType();
			if (ImagePlus.class.equals(type)) {
				final ImagePlus image = value == null ? WindowManager.getCurrentImage() : image(value);
				if (image != null) values.put(input.getName(), image);
			}
			else if (value != null && convert.supports(value, type)) {
				values.put(input.getName(), convert.convert(value, type));
			}
		}
		return values;
	}

	private static ImagePlus image(final String titleOrId) {
		final ImagePlus byTitle = WindowManager.getImage(titleOrId);
		if (byTitle != null) return byTitle;
		try {
			return WindowManager.getImage(Integer.parseInt(titleOrId.trim()));
		}
		catch (final NumberFormatException e) {
			return null;
		}
	}
}
