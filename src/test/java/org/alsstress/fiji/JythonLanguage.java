package org.alsstress.fiji;

import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/** Test stand-in for Fiji's scripting-jython: makes jython-slim's engine a SciJava script language. */
@Plugin(type = ScriptLanguage.class, name = "Python (Jython)")
public class JythonLanguage extends AdaptedScriptLanguage {

	public JythonLanguage() {
		super("jython");
	}
}
