package org.alsstress.updatesite;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The updater's timestamps: the wall-clock time in the uploading machine's
 * time zone written as the number {@code yyyyMMddHHmmss}, the same number that
 * names the uploaded file ({@code jars/foo.jar-20261126120000}).
 */
public final class UpdaterTimestamp {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private UpdaterTimestamp() {}

	public static long of(final long epochMillis, final ZoneId zone) {
		return Long.parseLong(FORMAT.format(Instant.ofEpochMilli(epochMillis).atZone(zone)));
	}

	public static long now() {
		return of(System.currentTimeMillis(), ZoneId.systemDefault());
	}

	public static boolean isValid(final long timestamp) {
		final String text = Long.toString(timestamp);
		if (text.length() != 14) return false;
		try {
			FORMAT.parse(text);
			return true;
		}
		catch (final RuntimeException e) {
			return false;
		}
	}
}
