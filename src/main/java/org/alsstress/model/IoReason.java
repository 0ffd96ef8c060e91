package org.alsstress.model;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/** Why a file could not be read or written, in words a user can act on, without the Java exception's name. */
public final class IoReason {

	private IoReason() {}

	/**
	 * The system's reason ("No space left on device", "Read-only file system"), else the kind of failure in words
	 * ("access denied" for an AccessDeniedException), else the exception's message.
	 */
	public static String of(IOException e) {
		if (e instanceof FileSystemException) {
			String reason = ((FileSystemException) e).getReason();
			return reason != null ? reason : kind(e);
		}
		return e.getMessage() != null ? e.getMessage() : kind(e);
	}

	/** "AccessDeniedException" becomes "access denied". */
	private static String kind(IOException e) {
		return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(
			Locale.ROOT);
	}
}
