package cn.pinghu.socialwork.visits.api;

/**
 * A station sent more requests or visits than its allowance ({@link StationAllowance}):
 * answered 429 with {@code Retry-After}, and nothing of the request is stored.
 */
class AllowanceExceededException extends RuntimeException {

	private final String messageKey;

	private final long retryAfterSeconds;

	AllowanceExceededException(String messageKey, long retryAfterSeconds) {
		super(messageKey);
		this.messageKey = messageKey;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	String messageKey() {
		return this.messageKey;
	}

	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
