package org.alsstress.commands;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** Runs a command from Java (demo, tests) with its inputs given as name, value pairs. */
public final class CommandRunner {
	private CommandRunner() {}

	/** Runs the command with pre- and post-processing and waits for it; check {@code isCanceled()}. */
	public static CommandModule run(Context context, Class<? extends Command> command, Object... namesAndValues) {
		Map<String, Object> inputs = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2)
			inputs.put((String) namesAndValues[i], namesAndValues[i + 1]);
		try {
			return context.service(CommandService.class).run(command, true, inputs).get();
		}
		catch (InterruptedException | ExecutionException e) {
			throw new IllegalStateException(command.getSimpleName() + " failed: " + e.getMessage(), e);
		}
	}
}
