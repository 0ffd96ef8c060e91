import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

import ij.IJ;

import net.imagej.ImageJ;

import org.scijava.Cancelable;
import org.scijava.module.Module;
import org.scijava.script.ScriptService;

/**
 * Runs steps in a real Fiji (imagej-legacy, its macro bridge and pre-processors, scripting-jython,
 * Bio-Formats), as a headless Fiji does: compiled by the tests against that Fiji's own jars and run
 * in a JVM of its own. The plan file has one step per line, tab-separated:
 * <pre>
 * macro   name  file.ijm  argument      IJ.runMacroFile(file, argument)
 * script  name  file.py   k=v|k=v ...   ScriptService.run(file, true, inputs)
 * </pre>
 * Each step leaves name.out (stdout), name.err (stderr) and name.ret (the macro's return value or the
 * script's outputs, "null" for none) in the plan's folder. Not a test class: src/test/fiji-driver.
 */
public class FijiDriver {

	public static void main(String[] args) throws Exception {
		Path plan = Paths.get(args[0]);
		Path folder = plan.toAbsolutePath().getParent();
		PrintStream out = System.out, err = System.err;
		long start = System.nanoTime();
		ImageJ ij = new ImageJ();
		out.printf("[fiji-driver] Fiji started in %.1f s%n", (System.nanoTime() - start) / 1e9);
		int failures = 0;
		for (String line : Files.readAllLines(plan, StandardCharsets.UTF_8)) {
			if (line.trim().isEmpty()) continue;
			String[] step = line.split("\t", -1);
			String kind = step[0], name = step[1], file = step[2], argument = step.length > 3 ? step[3] : "";
			ByteArrayOutputStream stepOut = new ByteArrayOutputStream(), stepErr = new ByteArrayOutputStream();
			System.setOut(new PrintStream(stepOut, true, "UTF-8"));
			System.setErr(new PrintStream(stepErr, true, "UTF-8"));
			String result;
			long stepStart = System.nanoTime();
			try {
				if (kind.equals("macro")) result = String.valueOf(IJ.runMacroFile(file, argument));
				else if (kind.equals("script")) result = runScript(ij, file, argument);
				else throw new IllegalArgumentException("unknown step kind " + kind);
			}
			catch (Throwable t) {
				t.printStackTrace();
				result = "[threw " + t + "]";
				failures++;
			}
			finally {
				System.out.flush();
				System.err.flush();
				System.setOut(out);
				System.setErr(err);
			}
			Files.write(folder.resolve(name + ".out"), stepOut.toByteArray());
			Files.write(folder.resolve(name + ".err"), stepErr.toByteArray());
			Files.write(folder.resolve(name + ".ret"), result.getBytes(StandardCharsets.UTF_8));
			out.printf("[fiji-driver] %s done in %.1f s%n", name, (System.nanoTime() - stepStart) / 1e9);
		}
		System.exit(failures == 0 ? 0 : 1);
	}

	private static String runScript(ImageJ ij, String file, String argument) throws Exception {
		Map<String, Object> inputs = new LinkedHashMap<>();
		for (String pair : argument.split("\\|")) {
			if (pair.isEmpty()) continue;
			int eq = pair.indexOf('=');
			inputs.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		Module module = ij.get(ScriptService.class).run(new File(file), true, inputs).get();
		if (module instanceof Cancelable && ((Cancelable) module).isCanceled()) return "[canceled: " +
			((Cancelable) module).getCancelReason() + "]";
		StringBuilder outputs = new StringBuilder();
		for (Map.Entry<String, Object> output : module.getOutputs().entrySet())
			outputs.append(output.getKey()).append('=').append(output.getValue()).append('\n');
		return outputs.toString();
	}
}
