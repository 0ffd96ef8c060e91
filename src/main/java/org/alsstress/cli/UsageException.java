package org.alsstress.cli;

/** A command line the runner cannot run; exits with code 2 and the message. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
