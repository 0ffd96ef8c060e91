package org.alsstress.fiji;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.List;

import ij.IJ;

import org.junit.ClassRule;
import org.junit.Test;
import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;

/**
 * Run headless from a macro with inputs that cannot work (files that do not
 * exist), every suite command stops with a message for the user: no stack
 * trace, no dialog (which would throw headless), no results pretending to be
 * complete.
 */
public class CommandMessagesTest {

	@ClassRule
	public static final SciJavaContext SCIJAVA = new SciJavaContext();

	@Test
	public void everyCommandRefusesMissingFilesWithAMessage() throws Exception {
		for (final CommandInfo info : SuiteCommands.all(SCIJAVA.get())) {
			if (!readsFiles(info)) continue;
			MacroBridge.install(SCIJAVA.get());
			final String options = MacroRecordingTest.recordedOptions(MacroRecordingTest.sampleValues(info, true));
			IJ.runMacro("run(\"" + SuiteCommands.leafLabel(info) + "\", \"" + options.replace("\\", "\\\\") + "\");");
			final List<String> problems = MacroBridge.problems();
			assertEquals(info.getTitle() + ": " + problems, 1, problems.size());
			final String message = problems.get(0);
			assertTrue(message, message.startsWith(info.getTitle() + " failed: "));
			assertFalse(message, message.contains("Exception"));
		}
	}

	/** Generators (simulators) read no files: with valid parameters they simply run. */
	private static boolean readsFiles(final CommandInfo info) {
		for (final ModuleItem<?> input : SuiteCommands.userInputs(info))
			if (File.class.equals(input.getType()) && !input.getName().equals("output")) return true;
		return false;
	}
}
