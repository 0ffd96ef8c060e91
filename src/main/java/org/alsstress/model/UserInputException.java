package org.alsstress.model;

/**
 * Bad input that the user can fix: a wrong parameter, an unreadable sheet, an
 * image the analysis cannot use. The message says what to fix; commands show
 * it as-is, never as a stack trace.
 */
public class UserInputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UserInputException(String message) {
		super(message);
	}

	public UserInputException(String message, Throwable cause) {
		super(message, cause);
	}
}
