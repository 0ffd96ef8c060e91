package org.alsstress.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alsstress.commands.Failure;
import org.alsstress.commands.ToolkitCommand;
import org.alsstress.model.ToolVersion;
import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.event.EventService;
import org.scijava.log.LogService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;

/**
 * {@code als-stress <command> --name value ...}: runs any command of the
 * suite headless, with the same parameter names as in Fiji. Exit codes: 0
 * done, 1 internal error (a bug), 2 bad command line or bad input, 3 a file
 * could not be read or written (full disk, ...), 4 not enough memory. No
 * stack trace reaches the user; the message says what to fix.
 */
public final class Main {

	public static final int OK = 0, FAILED = 1, USAGE = 2, IO_FAILED = 3, OUT_OF_MEMORY = 4;

	private final PrintStream out;
	private final PrintStream err;

	public Main(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		// SciJava's own "Running command" chatter would bury the progress lines.
		if (System.getProperty("scijava.log.level") == null) System.setProperty("scijava.log.level",
			"warn");
		int code = new Main(System.out, System.err).run(args);
		System.exit(code);
	}

	public int run(String... args) {
		try {
			args = FijiOption.apply(args, System.getenv(FijiOption.ENV));
			if (args.length == 0 || isHelp(args[0])) return listCommands();
			if (args[0].equals("--version")) {
				out.println(ToolVersion.TOOL_NAME + " " + ToolVersion.get());
				return OK;
			}
			if (args[0].equals("demo")) return Demo.run(Arrays.copyOfRange(args, 1, args.length), out,
				err);
			if (args[0].equals("benchmark")) return Benchmarks.run(Arrays.copyOfRange(args, 1,
				args.length), out, err);
			if (args[0].equals("validate")) return Validations.run(Arrays.copyOfRange(args, 1, args.length), out, err);
			return runCommand(args[0], Arrays.copyOfRange(args, 1, args.length));
		}
		catch (UsageException e) {
			err.println("als-stress: " + e.getMessage());
			return USAGE;
		}
		catch (ThreadDeath e) {
			throw e;
		}
		catch (Exception | Error e) {
			err.println("als-stress: " + Failure.describe(e));
			return exitCode(Failure.of(e));
		}
	}

	static int exitCode(Failure failure) {
		switch (failure) {
			case BAD_INPUT:
				return USAGE;
			case IO:
				return IO_FAILED;
			case OUT_OF_MEMORY:
				return OUT_OF_MEMORY;
			default:
				return FAILED;
		}
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
	}

	private int listCommands() {
		try (Context context = newContext()) {
			CommandCatalog catalog = new CommandCatalog(context.service(CommandService.class));
			out.println(ToolVersion.TOOL_NAME + " " + ToolVersion.get());
			out.println("Usage: als-stress <command> [--parameter value ...]");
			out.println("       als-stress <command> --help   (the command's parameters)");
			out.println("       als-stress demo [--output folder]");
			out.println("       als-stress benchmark");
			out.println("       als-stress " + Validations.usage());
			out.println("       als-stress validate blots [--layouts N] [--family old|new|both] [--output folder]");
			out.println("       als-stress --fiji /path/to/Fiji.app <command> ...   (.czi, .lif, .nd2 ... read with " +
				"that Fiji's Bio-Formats; or set FIJI_HOME)");
			out.println();
			out.println("Commands:");
			for (CommandInfo info : catalog.all())
				out.printf(Locale.ROOT, "  %-32s %s%n", CommandCatalog.cliName(info), CommandCatalog
					.menuPath(info));
			return OK;
		}
	}

	private int runCommand(String name, String[] args) throws UsageException {
		try (Context context = newContext()) {
			CommandCatalog catalog = new CommandCatalog(context.service(CommandService.class));
			CommandInfo info = catalog.find(name);
			if (info == null) throw new UsageException("Unknown command '" + name +
				"'. Run 'als-stress --help' for the list of commands.");
			CommandParameters parameters = new CommandParameters(info);
			if (Arrays.asList(args).contains("--help")) {
				printHelp(info, parameters);
				return OK;
			}
			Map<String, Object> inputs = parameters.resolve(parseArguments(args), context.service(
				ConvertService.class));
			ModuleService modules = context.service(ModuleService.class);
			Module module = modules.createModule(info);
			// progress is printed as it happens, and a failure's message once, by this class
			if (module.getDelegateObject() instanceof ToolkitCommand) ((ToolkitCommand) module.getDelegateObject())
				.reportTo(new ProgressPrinter(err));
			return report(modules.run(module, true, inputs).get());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			err.println("als-stress: interrupted");
			return FAILED;
		}
		catch (java.util.concurrent.ExecutionException e) {
			err.println("als-stress: " + name + ": " + Failure.describe(e.getCause()));
			return exitCode(Failure.of(e.getCause()));
		}
	}

	private int report(Module module) {
		Object command = module.getDelegateObject();
		if (command instanceof Cancelable && ((Cancelable) command).isCanceled()) {
			String reason = ((Cancelable) command).getCancelReason();
			err.println("als-stress: " + (reason == null ? "the command was canceled" : reason));
			Failure failure = command instanceof ToolkitCommand ? ((ToolkitCommand) command).failure() : null;
			return failure == null ? USAGE : exitCode(failure);
		}
		for (ModuleItem<?> item : module.getInfo().outputs())
			out.println(item.getName() + ": " + module.getOutput(item.getName()));
		return OK;
	}

	/** {@code --name value}, {@code --name=value}, and {@code --flag} alone for true. */
	static Map<String, String> parseArguments(String[] args) throws UsageException {
		Map<String, String> given = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--") || arg.length() == 2) throw new UsageException("Expected " +
				"--parameter value, got '" + arg + "'.");
			String name = arg.substring(2), value;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) value = args[++i];
			else value = "true";
			if (given.put(name, value) != null) throw new UsageException("--" + name +
				" is given twice.");
		}
		return given;
	}

	private void printHelp(CommandInfo info, CommandParameters parameters) {
		out.println("als-stress " + CommandCatalog.cliName(info) + "  (Fiji: " + CommandCatalog
			.menuPath(info) + ")");
		if (info.getDescription() != null && !info.getDescription().isEmpty()) out.println(info
			.getDescription());
		out.println();
		out.println("Parameters:");
		List<String> lines = new ArrayList<>();
		for (CommandParameters.Input input : parameters.all()) {
			ModuleItem<?> item = input.item;
			StringBuilder line = new StringBuilder();
			line.append(String.format(Locale.ROOT, "  --%-26s %s", input.name(), typeName(input)));
			if (item.isRequired() && (input.defaultValue == null || "".equals(input.defaultValue)))
				line.append(", required");
			else line.append(", default: ").append(input.defaultValue == null ? "(none)" : "'" +
				input.defaultValue + "'");
			if (item.getChoices() != null && !item.getChoices().isEmpty()) line.append(
				", one of: ").append(item.getChoices());
			line.append(range(item));
			line.append(System.lineSeparator()).append("      ").append(CommandParameters.describe(
				input));
			lines.add(line.toString());
		}
		lines.forEach(out::println);
	}

	/** The range a number must lie in, as the command declares it; checked before every run. */
	private static String range(ModuleItem<?> item) {
		Object min = item.getMinimumValue(), max = item.getMaximumValue();
		if (min == null && max == null) return "";
		if (max == null) return ", at least " + min;
		return min == null ? ", at most " + max : ", " + min + " to " + max;
	}

	private static String typeName(CommandParameters.Input input) {
		Class<?> type = input.type();
		if (type == java.io.File.class) return "path";
		if (ij.ImagePlus.class.isAssignableFrom(type)) return "image file";
		if (type == int.class || type == Integer.class || type == long.class) return "whole number";
		if (type == double.class || type == Double.class || type == float.class) return "number";
		if (type == boolean.class || type == Boolean.class) return "true/false";
		return "text";
	}

	/**
	 * Only the services a command run from the command line uses (and theirs): a full context starts about 30
	 * more, which costs a tenth of a second of CPU time on every run.
	 */
	static Context newContext() {
		return new Context(CommandService.class, ConvertService.class, EventService.class, StatusService.class,
			LogService.class);
	}

	/**
	 * Prints a command's progress ("[2/5] Segmenting stress granules: b.tif") to the terminal, in order, as it
	 * happens. SciJava's own status lines ("Running command: ...", "Command canceled: ...") are not shown, nor its
	 * warning that repeats a failed run's message: the failure is printed once, by {@link Main}.
	 */
	static final class ProgressPrinter implements ToolkitCommand.Caller {

		private final PrintStream err;

		ProgressPrinter(PrintStream err) {
			this.err = err;
		}

		@Override
		public void progress(int done, int total, String message) {
			if (message == null || message.isEmpty() || total <= 0) return;
			err.printf(Locale.ROOT, "[%d/%d] %s%n", Math.min(done + 1, total), total, message);
		}
	}
}
