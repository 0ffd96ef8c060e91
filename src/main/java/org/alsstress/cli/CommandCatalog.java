package org.alsstress.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/** The suite's commands as the CLI names them: the menu label in kebab case. */
final class CommandCatalog {

	private final List<CommandInfo> commands = new ArrayList<>();

	CommandCatalog(CommandService commandService) {
		for (CommandInfo info : commandService.getCommands())
			if (info.getClassName().startsWith("org.alsstress.") && info.getMenuPath() != null &&
				info.getMenuPath().size() > 0) commands.add(info);
		commands.sort(Comparator.comparing(CommandCatalog::cliName));
	}

	List<CommandInfo> all() {
		return commands;
	}

	static String cliName(CommandInfo info) {
		return info.getMenuPath().getLeaf().getName().trim().toLowerCase(Locale.ROOT).replaceAll(
			"[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	static String menuPath(CommandInfo info) {
		return info.getMenuPath().getMenuString();
	}

	/** By CLI name, menu label or class name, ignoring case. */
	CommandInfo find(String name) {
		String wanted = name.trim().toLowerCase(Locale.ROOT);
		for (CommandInfo info : commands) {
			String leaf = info.getMenuPath().getLeaf().getName().trim().toLowerCase(Locale.ROOT);
			String simpleClass = info.getClassName().substring(info.getClassName().lastIndexOf('.') +
				1).toLowerCase(Locale.ROOT);
			if (cliName(info).equals(wanted) || leaf.equals(wanted) || simpleClass.equals(wanted))
				return info;
		}
		return null;
	}
}
