package cn.pinghu.socialwork.coverage;

import java.util.Arrays;

/**
 * A coverage action broke a rule of the domain and changed nothing. The message key and
 * arguments name the rule in the coverage bundle, for the view to translate.
 */
public class CoverageActionRejectedException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public CoverageActionRejectedException(String messageKey, Object... arguments) {
		super(messageKey + " " + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
