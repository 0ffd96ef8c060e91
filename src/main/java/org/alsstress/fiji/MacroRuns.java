package org.alsstress.fiji;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.Macro;

/**
 * What an ImageJ macro sees of a toolkit command's run.
 * <ul>
 * <li>Every run starts from a clean slate: the tables, results folder and error
 * of the run before are forgotten ({@link ResultTables#clear()}).</li>
 * <li>A failed run stops the macro with its message: a macro error (Fiji's
 * "Macro Error" window, or the message and line on stderr headless), or, when
 * no macro runs, an {@code IJ.error} dialog in the Fiji window.</li>
 * <li>A macro that wants to go on after a failure calls
 * {@code IJ.redirectErrorMessages()} just before {@code run(...)}, as for
 * ImageJ's own file openers: the message then goes to the Log window and to
 * {@code call("org.alsstress.fiji.ResultTables.lastError")}, and the macro
 * continues.</li>
 * </ul>
 */
public final class MacroRuns {

	private MacroRuns() {}

	/** Called as a command starts. */
	public static void starting() {
		ResultTables.clear();
	}

	/**
	 * The options string of the {@code run("Command", "options")} call being
	 * executed, as ImageJ keeps it for the calling macro's thread. In Fiji the
	 * command's own SciJava thread sees it too (ij1-patcher looks it up along
	 * the thread's ancestors), for the whole run, but threads the command
	 * starts itself (a folder run's workers) do not: read it while
	 * pre-processing. "" for a headless
	 * macro's {@code run("Command")} without options, which cannot ask for them
	 * in a dialog; null when no macro is running.
	 */
	public static String options() {
		final String options = Macro.getOptions();
		if (options != null) return options;
		return IJ.isMacro() && GraphicsEnvironment.isHeadless() ? "" : null;
	}

	/** Reports a failed run to the macro, the user, or nobody (command line, scripts). */
	public static void failed(final String command, final String message) {
		ResultTables.recordError(command + ": " + message);
		if (IJ.redirectingErrorMessages()) {
			IJ.redirectErrorMessages(false);
			IJ.log(command + ": " + message);
			return;
		}
		final boolean gui = !GraphicsEnvironment.isHeadless() && IJ.getInstance() != null;
		if (!IJ.isMacro() && !gui) return;
		try {
			// In a macro's run(...) call this becomes a macro error that stops the macro after the call.
			IJ.error(command, message);
		}
		catch (final RuntimeException e) {
			// The macro interpreter signals its abort by throwing on the calling thread; here that is the
			// command's thread, which must end normally. Headless ImageJ without Fiji cannot show the dialog.
		}
	}
}
