package org.alsstress.fiji;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.scijava.Context;
import org.scijava.ItemVisibility;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

/** The suite's commands as Fiji sees them: every indexed command class under {@code org.alsstress} with a menu path. */
final class SuiteCommands {

	private SuiteCommands() {}

	static List<CommandInfo> all(final Context context) {
		final List<CommandInfo> commands = new ArrayList<>();
		for (final CommandInfo info : context.service(CommandService.class).getCommands()) {
			if (info.getClassName().startsWith("org.alsstress.") && info.getMenuPath() != null &&
				!info.getMenuPath().isEmpty())
			{
				commands.add(info);
			}
		}
		commands.sort(Comparator.comparing(CommandInfo::getClassName));
		return commands;
	}

	/** The command registered under this menu leaf label, or null when it does not exist (yet). */
	static CommandInfo byLabel(final Context context, final String label) {
		for (final CommandInfo info : all(context)) {
			if (leafLabel(info).equals(label)) return info;
		}
		return null;
	}

	static String leafLabel(final CommandInfo info) {
		return info.getMenuPath().getLeaf().getName().trim();
	}

	/** The inputs a user sets (in a dialog, a macro or a script): not services, the context or messages. */
	static List<ModuleItem<?>> userInputs(final CommandInfo info) {
		final List<ModuleItem<?>> inputs = new ArrayList<>();
		for (final ModuleItem<?> input : info.inputs()) {
			final Class<?> type = input.getType();
			if (Service.class.isAssignableFrom(type) || Context.class.isAssignableFrom(type)) continue;
			if (input.getVisibility() == ItemVisibility.MESSAGE) continue;
			inputs.add(input);
		}
		return inputs;
	}
}
