package org.alsstress.commands;

import java.util.ArrayList;
import java.util.List;

import org.alsstress.fiji.MacroOptionCheck;
import org.alsstress.fiji.MacroOptionList;
import org.alsstress.fiji.MacroRuns;
import org.scijava.Context;
import org.scijava.ItemVisibility;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Plugin;
import org.scijava.service.Service;

/**
 * A toolkit command called from a macro, {@code run("Label", "key=value ...")}, runs with exactly
 * what the options string says, or not at all with a message naming the key at fault.
 * <p>
 * Runs right after Fiji's macro preprocessor has set the inputs the options name. A misspelled key, a
 * non-number for a number, a choice that is not one and a missing required input are errors (Fiji
 * would ignore them, or set 0). Every input the options leave out keeps its default and is marked
 * resolved, so that nothing asks for it: Fiji's file preprocessor would otherwise open a chooser for
 * an optional file left out (as the macro recorder leaves out empty ones), which headless cancels
 * the command without a word.
 */
@Plugin(type = PreprocessorPlugin.class, priority = MacroCallPreprocessor.PRIORITY)
public class MacroCallPreprocessor extends AbstractPreprocessorPlugin {

	/** Just after imagej-legacy's MacroPreprocessor (2 x VERY_HIGH), before the file chooser and dialogs. */
	static final double PRIORITY = 2 * org.scijava.Priority.VERY_HIGH - 1;

	@Override
	public void process(final Module module) {
		if (!(module.getDelegateObject() instanceof ToolkitCommand)) return;
		final String options = MacroRuns.options();
		if (options == null) return;
		final List<ModuleItem<?>> inputs = userInputs(module);
		final MacroOptionList given = MacroOptionList.parse(options);
		if (setByCaller(module, inputs, given)) return;
		final ToolkitCommand command = (ToolkitCommand) module.getDelegateObject();
		final List<String> problems = MacroOptionCheck.problems(given, inputs, module::getInput);
		if (!problems.isEmpty()) {
			final String message = String.join(" ", problems);
			MacroRuns.starting();
			MacroRuns.failed(command.menuLabel(), message);
			command.cancel(message);
			cancel(message);
			return;
		}
		for (final String flag : MacroOptionCheck.flagsSet(given, inputs)) {
			module.setInput(flag, true);
			module.resolveInput(flag);
		}
		for (final ModuleItem<?> input : inputs) module.resolveInput(input.getName());
	}

	/**
	 * A script or Java caller inside a running macro sets inputs itself; the macro's options string then
	 * belongs to another command. Seen as an input that is resolved though the options do not name it.
	 */
	private static boolean setByCaller(final Module module, final List<ModuleItem<?>> inputs,
		final MacroOptionList given)
	{
		for (final ModuleItem<?> input : inputs) {
			if (module.isInputResolved(input.getName()) && given.find(input.getName()) == null) return true;
		}
		return false;
	}

	static List<ModuleItem<?>> userInputs(final Module module) {
		final List<ModuleItem<?>> inputs = new ArrayList<>();
		for (final ModuleItem<?> input : module.getInfo().inputs()) {
			final Class<?> type = input.getType();
			if (Service.class.isAssignableFrom(type) || Context.class.isAssignableFrom(type)) continue;
			if (input.getVisibility() == ItemVisibility.MESSAGE) continue;
			inputs.add(input);
		}
		return inputs;
	}
}
