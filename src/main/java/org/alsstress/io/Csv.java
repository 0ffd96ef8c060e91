package org.alsstress.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV: UTF-8, comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break. Reading also accepts LF line
 * ends, a byte-order mark, and sheets saved by spreadsheet programs with
 * semicolons or tabs as separators.
 * <p>
 * Formula injection (OWASP): a text cell that starts with {@code = + - @},
 * a tab or a carriage return would be run as a formula by Excel or
 * LibreOffice, so it is written with a leading {@code '} (numbers such as
 * {@code -0.5} stay numbers). Reading removes that quote again, so text read
 * back through the suite is the original.
 */
public final class Csv {

	private Csv() {}

	public static List<List<String>> read(Path file) throws IOException {
		String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		return parse(text);
	}

	public static List<List<String>> parse(String text) throws IOException {
		if (text.startsWith("\uFEFF")) text = text.substring(1);
		List<List<String>> records = parse(new StringReader(text), detectSeparator(text));
		for (List<String> record : records)
			record.replaceAll(Csv::unescapeFormula);
		return records;
	}

	private static char detectSeparator(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		if (header.indexOf(',') >= 0) return ',';
		if (header.indexOf(';') >= 0) return ';';
		if (header.indexOf('\t') >= 0) return '\t';
		return ',';
	}

	private static List<List<String>> parse(Reader in, char separator) throws IOException {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false, fieldStarted = false;
		int c;
		while ((c = in.read()) >= 0) {
			char ch = (char) c;
			if (quoted) {
				if (ch != '"') field.append(ch);
				else {
					in.mark(1);
					int next = in.read();
					if (next == '"') field.append('"');
					else {
						quoted = false;
						if (next >= 0) in.reset();
					}
				}
			}
			else if (ch == '"' && field.length() == 0) {
				quoted = true;
				fieldStarted = true;
			}
			else if (ch == separator) {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r') {
					in.mark(1);
					if (in.read() != '\n') in.reset();
				}
				if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
					record.add(field.toString());
					records.add(record);
				}
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else {
				field.append(ch);
				fieldStarted = true;
			}
		}
		if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

	/** Writes the file atomically ({@link OutputFiles}): complete, or not at all. */
	public static void write(Path file, List<? extends List<?>> records) throws IOException {
		OutputFiles.write(file, stream -> {
			Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			write(out, records);
			out.flush();
		});
	}

	public static void write(Writer out, List<? extends List<?>> records) throws IOException {
		for (List<?> record : records) {
			for (int i = 0; i < record.size(); i++) {
				if (i > 0) out.write(',');
				Object value = record.get(i);
				String text = format(value);
				out.write(quote(value instanceof Number ? text : escapeFormula(text)));
			}
			out.write("\r\n");
		}
	}

	/**
	 * The text of one cell: numbers locale-independently with full precision
	 * (a read-back gives the same double), whole numbers without a decimal
	 * part, NaN as an empty cell.
	 */
	public static String format(Object value) {
		if (value == null) return "";
		if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			if (Double.isNaN(d)) return "";
			if (Double.isInfinite(d)) return d > 0 ? "Inf" : "-Inf";
			if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
			return value instanceof Float ? Float.toString((Float) value) : Double.toString(d);
		}
		return value.toString();
	}

	private static final Pattern NUMBER = Pattern.compile(
		"[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?Inf");

	/** True for text a spreadsheet would run as a formula, and for text that starts like an escaped cell. */
	static boolean needsEscape(String text) {
		if (text.isEmpty()) return false;
		char first = text.charAt(0);
		if (first == '\'') return needsEscape(text.substring(1));
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') &&
			!NUMBER.matcher(text).matches();
	}

	/** The cell as written: a leading {@code '} when a spreadsheet would take it for a formula. */
	public static String escapeFormula(String text) {
		return needsEscape(text) ? "'" + text : text;
	}

	/** The original text of a cell written by {@link #escapeFormula}. */
	public static String unescapeFormula(String cell) {
		return cell.startsWith("'") && needsEscape(cell.substring(1)) ? cell.substring(1) : cell;
	}

	static String quote(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text
			.indexOf('\r') < 0) return text;
		return '"' + text.replace("\"", "\"\"") + '"';
	}
}
