package org.alsstress.fiji;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import ij.IJ;
import ij.Macro;
import ij.Menus;
import ij.plugin.PlugIn;

import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;

/**
 * A test stand-in for Fiji's macro bridge: registers every suite command in
 * ImageJ 1.x's command table under its menu leaf label, so that
 * {@code run("Summarize Experiment", "...")} in a macro run by ImageJ 1.x's own
 * interpreter reaches the SciJava command with the inputs read from the
 * options string the way Fiji reads them.
 * <p>
 * Inputs missing from the options string are left to SciJava's preprocessors.
 * The bridge records a cancelled or failed run in {@link #problems()} so that a
 * test sees it. It is quick and needs no Fiji, but it is not Fiji: what the
 * real macro bridge does (pre-processing, macro errors, recorder-style
 * replay) is tested in a real Fiji by the Fiji*IT tests.
 */
public final class MacroBridge implements PlugIn {

	private static Context context;
	private static final List<String> PROBLEMS = new ArrayList<>();

	/** Registers the suite's commands; returns their labels. */
	static synchronized List<String> install(final Context scijava) throws ReflectiveOperationException {
		context = scijava;
		PROBLEMS.clear();
		final Hashtable<String, String> table = commandTable();
		final List<String> labels = new ArrayList<>();
		for (final CommandInfo info : SuiteCommands.all(scijava)) {
			final String label = SuiteCommands.leafLabel(info);
			table.put(label, MacroBridge.class.getName() + "(\"" + info.getClassName() + "\")");
			labels.add(label);
		}
		return labels;
	}

	static synchronized void clearProblems() {
		PROBLEMS.clear();
	}

	static synchronized List<String> problems() {
		return new ArrayList<>(PROBLEMS);
	}

	/** Headless ImageJ 1.x has no command table until a menu bar is built, which needs a display. */
	@SuppressWarnings("unchecked")
	private static Hashtable<String, String> commandTable() throws ReflectiveOperationException {
		if (Menus.getCommands() == null) {
			final Field table = Menus.class.getDeclaredField("pluginsTable");
			table.setAccessible(true);
			table.set(null, new Hashtable<String, String>());
		}
		return Menus.getCommands();
	}

	@Override
	public void run(final String commandClass) {
		final CommandService commands = context.service(CommandService.class);
		final CommandInfo info = commands.getCommand(commandClass);
		final String options = Macro.getOptions() == null ? "" : Macro.getOptions();
		final Map<String, Object> inputs = MacroOptions.inputs(options, info, context.service(ConvertService.class));
		try {
			final CommandModule module = commands.run(info, true, inputs).get();
			if (module.isCanceled()) problem(info.getTitle() + " failed: " + module.getCancelReason());
		}
		catch (final Exception e) {
			problem(info.getTitle() + " threw " + e);
		}
	}

	private static synchronized void problem(final String message) {
		PROBLEMS.add(message);
		IJ.log(message);
	}
}
