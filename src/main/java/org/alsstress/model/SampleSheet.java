package org.alsstress.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a lane, an image or a file-name pattern to sample, group and
 * replicate. Built from CSV records (header first); every problem is reported
 * with the sheet's name and line so that the user can fix it.
 * <p>
 * Known columns: {@code lane}, {@code image}, {@code pattern} (each row needs
 * one of them), {@code sample}, {@code group} (or {@code condition}),
 * {@code replicate}, {@code amount_ug}. Other columns are kept as extras.
 * A pattern is a glob ({@code *}, {@code ?}) over the file name, or a plain
 * part of the file name when it has no wildcard.
 */
public final class SampleSheet {

	private final String source;
	private final Map<Integer, SampleInfo> byLane = new TreeMap<>();
	private final Map<String, SampleInfo> byImage = new LinkedHashMap<>();
	private final List<PatternRow> patterns = new ArrayList<>();

	private static final class PatternRow {

		final String text;
		final Pattern regex;
		final SampleInfo info;

		PatternRow(String text, SampleInfo info) {
			this.text = text;
			this.regex = globToRegex(text);
			this.info = info;
		}
	}

	private SampleSheet(String source) {
		this.source = source;
	}

	/** An empty sheet: nothing maps, everything falls back to defaults. */
	public static SampleSheet empty() {
		return new SampleSheet("(no sample sheet)");
	}

	/**
	 * @param source name shown in error messages (usually the file name)
	 * @param records the CSV records, header first
	 */
	public static SampleSheet parse(String source, List<List<String>> records) {
		SampleSheet sheet = new SampleSheet(source);
		if (records.isEmpty()) throw sheet.error(1, "the sheet is empty; it needs a header line " +
			"such as 'lane,sample,group,replicate'");
		List<String> header = new ArrayList<>();
		for (String name : records.get(0))
			header.add(normalizeColumn(name));
		Columns columns = new Columns(sheet, header);
		for (int r = 1; r < records.size(); r++) {
			List<String> record = records.get(r);
			if (record.stream().allMatch(String::isBlank)) continue;
			sheet.addRow(columns, record, r + 1);
		}
		if (sheet.size() == 0) throw sheet.error(2, "the sheet has a header but no rows");
		return sheet;
	}

	private static String normalizeColumn(String name) {
		return name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_").replace("\uFEFF", "");
	}

	/** Column positions, resolved once from the header. */
	private static final class Columns {

		final int lane, image, pattern, sample, group, replicate, amount;
		final List<String> header;

		Columns(SampleSheet sheet, List<String> header) {
			this.header = header;
			lane = header.indexOf("lane");
			image = header.indexOf("image");
			pattern = header.indexOf("pattern");
			sample = header.indexOf("sample");
			group = header.contains("group") ? header.indexOf("group") : header.indexOf("condition");
			replicate = header.indexOf("replicate");
			amount = header.contains("amount_ug") ? header.indexOf("amount_ug") : header.indexOf(
				"amount");
			if (lane < 0 && image < 0 && pattern < 0) throw sheet.error(1,
				"the header needs a 'lane', 'image' or 'pattern' column; found: " + String.join(", ",
					header));
			if (group < 0) throw sheet.error(1, "the header needs a 'group' (or 'condition') " +
				"column; found: " + String.join(", ", header));
		}
	}

	private void addRow(Columns c, List<String> record, int line) {
		if (record.size() != c.header.size()) throw error(line, "has " + record.size() +
			" fields but the header has " + c.header.size());
		String group = field(record, c.group);
		if (group.isEmpty()) throw error(line, "no group given");
		String laneText = field(record, c.lane);
		String image = field(record, c.image);
		String pattern = field(record, c.pattern);
		int keys = (laneText.isEmpty() ? 0 : 1) + (image.isEmpty() ? 0 : 1) + (pattern.isEmpty() ? 0
			: 1);
		if (keys != 1) throw error(line, keys == 0 ? "needs a lane, an image or a pattern"
			: "gives more than one of lane, image and pattern; give exactly one");
		String sample = field(record, c.sample);
		// a pattern row without a sample names many images: each matched image is its own sample
		if (sample.isEmpty()) sample = laneText.isEmpty() ? image : "lane " + laneText;
		SampleInfo info = new SampleInfo(sample, group, field(record, c.replicate), amount(record,
			c.amount, line), line, extras(c, record));
		if (!laneText.isEmpty()) addLane(laneText, info, line);
		else if (!image.isEmpty()) addImage(image, info, line);
		else patterns.add(new PatternRow(pattern, info));
	}

	private void addLane(String laneText, SampleInfo info, int line) {
		int lane;
		try {
			lane = Integer.parseInt(laneText);
		}
		catch (NumberFormatException e) {
			throw error(line, "lane '" + laneText + "' is not a whole number (lanes count from 1, " +
				"left to right)");
		}
		if (lane < 1) throw error(line, "lane " + lane + " is not valid; lanes count from 1");
		SampleInfo previous = byLane.put(lane, info);
		if (previous != null) throw error(line, "lane " + lane + " appears again (first on line " +
			previous.line() + ")");
	}

	private void addImage(String image, SampleInfo info, int line) {
		SampleInfo previous = byImage.put(image, info);
		if (previous != null) throw error(line, "image '" + image + "' appears again (first on " +
			"line " + previous.line() + ")");
	}

	private double amount(List<String> record, int column, int line) {
		String text = field(record, column);
		if (text.isEmpty()) return Double.NaN;
		try {
			double value = Double.parseDouble(text.replace(',', '.'));
			if (value > 0 && Double.isFinite(value)) return value;
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw error(line, "amount_ug '" + text + "' must be a positive number of micrograms");
	}

	private static Map<String, String> extras(Columns c, List<String> record) {
		Map<String, String> extra = new LinkedHashMap<>();
		List<Integer> known = List.of(c.lane, c.image, c.pattern, c.sample, c.group, c.replicate,
			c.amount);
		for (int i = 0; i < c.header.size(); i++)
			if (!known.contains(i)) extra.put(c.header.get(i), record.get(i).trim());
		return extra;
	}

	private static String field(List<String> record, int column) {
		return column < 0 ? "" : record.get(column).trim();
	}

	private UserInputException error(int line, String problem) {
		return new UserInputException("Sample sheet " + source + ", line " + line + ": " + problem +
			".");
	}

	public String source() {
		return source;
	}

	public int size() {
		return byLane.size() + byImage.size() + patterns.size();
	}

	public boolean hasLanes() {
		return !byLane.isEmpty();
	}

	/** Lane numbers the sheet names, ascending. */
	public List<Integer> lanes() {
		return new ArrayList<>(byLane.keySet());
	}

	public Optional<SampleInfo> forLane(int lane) {
		return Optional.ofNullable(byLane.get(lane));
	}

	/**
	 * The row for an image: an exact {@code image} entry (with or without the
	 * file extension) first, otherwise the one pattern that matches.
	 *
	 * @throws UserInputException when patterns on different lines match with
	 *           different samples
	 */
	public Optional<SampleInfo> forImage(String fileName) {
		for (Map.Entry<String, SampleInfo> e : byImage.entrySet())
			if (e.getKey().equals(fileName) || stem(e.getKey()).equals(stem(fileName)))
				return Optional.of(e.getValue());
		PatternRow match = null;
		for (PatternRow row : patterns) {
			if (!row.regex.matcher(fileName).matches()) continue;
			if (match != null && !match.info.sameAs(row.info)) throw error(row.info.line(),
				"pattern '" + row.text + "' and pattern '" + match.text + "' (line " + match.info
					.line() + ") both match '" + fileName + "'; make the patterns exclusive");
			if (match == null) match = row;
		}
		if (match == null) return Optional.empty();
		SampleInfo info = match.info;
		return Optional.of(info.sample().isEmpty() ? info.withSample(stem(fileName)) : info);
	}

	/** How one series of a multi-series file is named in tables and sheets: {@code file [series]}. */
	public static String seriesLabel(String fileName, String series) {
		return series == null || series.isEmpty() ? fileName : fileName + " [" + series + "]";
	}

	/**
	 * The row for one series of a file ({@code series} "" for a file of one image): an {@code image}
	 * entry {@code file [series]} first (the file with or without its extension), then one naming the
	 * file alone, which covers all its series; otherwise the one pattern that matches the file name,
	 * the series name, or {@code file [series]}.
	 *
	 * @throws UserInputException when patterns on different lines match with different samples
	 */
	public Optional<SampleInfo> forSeries(String fileName, String series) {
		if (series == null || series.isEmpty()) return forImage(fileName);
		String label = seriesLabel(fileName, series);
		for (Map.Entry<String, SampleInfo> e : byImage.entrySet()) {
			Matcher m = SERIES_ENTRY.matcher(e.getKey());
			if (m.matches() && m.group(2).trim().equals(series) && sameFile(m.group(1).trim(), fileName))
				return Optional.of(e.getValue());
		}
		for (Map.Entry<String, SampleInfo> e : byImage.entrySet())
			if (sameFile(e.getKey(), fileName)) return Optional.of(e.getValue());
		PatternRow match = null;
		for (PatternRow row : patterns) {
			if (!row.regex.matcher(fileName).matches() && !row.regex.matcher(series).matches() && !row.regex.matcher(
				label).matches()) continue;
			if (match != null && !match.info.sameAs(row.info)) throw error(row.info.line(), "pattern '" + row.text +
				"' and pattern '" + match.text + "' (line " + match.info.line() + ") both match '" + label +
				"'; make the patterns exclusive");
			if (match == null) match = row;
		}
		if (match == null) return Optional.empty();
		SampleInfo info = match.info;
		return Optional.of(info.sample().isEmpty() ? info.withSample(seriesLabel(stem(fileName), series)) : info);
	}

	private static final Pattern SERIES_ENTRY = Pattern.compile("(.*)\\[(.*)\\]\\s*");

	private static boolean sameFile(String entry, String fileName) {
		return entry.equals(fileName) || stem(entry).equals(stem(fileName));
	}

	private static String stem(String fileName) {
		return fileName.replaceFirst("\\.[A-Za-z0-9]+$", "");
	}

	static Pattern globToRegex(String glob) {
		boolean wildcard = glob.contains("*") || glob.contains("?");
		StringBuilder regex = new StringBuilder(wildcard ? "" : ".*");
		for (char ch : glob.toCharArray()) {
			if (ch == '*') regex.append(".*");
			else if (ch == '?') regex.append('.');
			else regex.append(Pattern.quote(String.valueOf(ch)));
		}
		if (!wildcard) regex.append(".*");
		return Pattern.compile(regex.toString());
	}
}
