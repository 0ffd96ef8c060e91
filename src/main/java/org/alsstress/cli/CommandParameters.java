package org.alsstress.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ij.ImagePlus;

import org.alsstress.io.ImageOpener;
import org.alsstress.model.UserInputException;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.command.CommandInfo;
import org.scijava.convert.ConvertService;
import org.scijava.module.Module;
import org.scijava.module.ModuleException;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

/**
 * A command's user-facing inputs, read from its own SciJava metadata, and
 * the conversion of {@code --name value} arguments into input values.
 */
final class CommandParameters {

	/** One input as the CLI shows it. */
	static final class Input {

		final ModuleItem<?> item;
		final Object defaultValue;

		Input(ModuleItem<?> item, Object defaultValue) {
			this.item = item;
			this.defaultValue = defaultValue;
		}

		String name() {
			return item.getName();
		}

		Class<?> type() {
			return item.getType();
		}
	}

	private final CommandInfo info;
	private final Map<String, Input> inputs = new LinkedHashMap<>();

	CommandParameters(CommandInfo info) {
		this.info = info;
		Module defaults;
		try {
			defaults = info.createModule();
		}
		catch (ModuleException e) {
			throw new IllegalStateException("cannot instantiate " + info.getClassName(), e);
		}
		for (ModuleItem<?> item : info.inputs()) {
			if (!isUserFacing(item)) continue;
			inputs.put(item.getName(), new Input(item, defaults.getInput(item.getName())));
		}
	}

	static boolean isUserFacing(ModuleItem<?> item) {
		Class<?> type = item.getType();
		return item.getIOType() != ItemIO.OUTPUT && item.getVisibility() != ItemVisibility.MESSAGE &&
			!Service.class.isAssignableFrom(type) && !Context.class.isAssignableFrom(type);
	}

	List<Input> all() {
		return new ArrayList<>(inputs.values());
	}

	/** Every input's value: the given ones converted, the rest at their defaults. */
	Map<String, Object> resolve(Map<String, String> given, ConvertService convert)
		throws UsageException
	{
		for (String name : given.keySet())
			if (!inputs.containsKey(name)) throw new UsageException("Unknown parameter --" + name +
				" for " + CommandCatalog.cliName(info) + ". Its parameters are: " + String.join(", ",
					inputs.keySet()) + ".");
		Map<String, Object> values = new LinkedHashMap<>();
		for (Input input : inputs.values()) {
			String text = given.get(input.name());
			if (text == null) {
				if (input.item.isRequired() && isEmpty(input.defaultValue)) throw new UsageException(
					"Missing required parameter --" + input.name() + " (" + describe(input) + ").");
				values.put(input.name(), input.defaultValue);
			}
			else values.put(input.name(), convert(input, text, convert));
		}
		return values;
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof String && ((String) value).isEmpty());
	}

	private static Object convert(Input input, String text, ConvertService convert)
		throws UsageException
	{
		Class<?> type = input.type();
		String flag = "--" + input.name();
		List<?> choices = input.item.getChoices();
		if (choices != null && !choices.isEmpty()) return choice(flag, text, choices);
		if (type == boolean.class || type == Boolean.class) return bool(flag, text);
		if (type == File.class) return new File(text);
		if (ImagePlus.class.isAssignableFrom(type)) return image(flag, text);
		if (type == String.class) return text;
		if (isNumber(type)) return number(flag, text, type);
		Object value = convert.convert(text, type);
		if (value == null) throw new UsageException(flag + ": cannot use '" + text + "' as " + type
			.getSimpleName() + ".");
		return value;
	}

	private static Object choice(String flag, String text, List<?> choices) throws UsageException {
		for (Object choice : choices)
			if (choice.toString().equalsIgnoreCase(text.trim())) return choice;
		throw new UsageException(flag + ": '" + text + "' is not one of: " + choices + ".");
	}

	private static Boolean bool(String flag, String text) throws UsageException {
		switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "true": case "yes": case "1": case "on":
				return true;
			case "false": case "no": case "0": case "off":
				return false;
			default:
				throw new UsageException(flag + ": '" + text + "' is not true or false.");
		}
	}

	private static boolean isNumber(Class<?> type) {
		return type == int.class || type == Integer.class || type == double.class ||
			type == Double.class || type == long.class || type == Long.class || type == float.class ||
			type == Float.class;
	}

	private static Object number(String flag, String text, Class<?> type) throws UsageException {
		String t = text.trim();
		try {
			if (type == int.class || type == Integer.class) return Integer.parseInt(t);
			if (type == long.class || type == Long.class) return Long.parseLong(t);
			if (type == float.class || type == Float.class) return Float.parseFloat(t);
			return Double.parseDouble(t);
		}
		catch (NumberFormatException e) {
			boolean whole = type == int.class || type == Integer.class || type == long.class ||
				type == Long.class;
			throw new UsageException(flag + ": '" + text + "' is not " + (whole ? "a whole number"
				: "a number") + ".");
		}
	}

	private static ImagePlus image(String flag, String text) throws UsageException {
		try {
			List<ImagePlus> images = ImageOpener.open(new File(text).toPath());
			if (images.size() > 1) throw new UsageException(flag + ": '" + text + "' holds " + images
				.size() + " series; export the series you mean as its own file.");
			return images.get(0);
		}
		catch (UserInputException e) {
			throw new UsageException(flag + ": " + e.getMessage());
		}
	}

	static String describe(Input input) {
		String description = input.item.getDescription();
		return description == null || description.isEmpty() ? input.item.getLabel() : description;
	}
}
