package cn.pinghu.socialwork.visits.api;

import java.util.Arrays;

import cn.pinghu.socialwork.visits.VisitRejectedException;

import org.springframework.http.HttpStatus;

/**
 * Every way a posted visit can be refused: the HTTP status, the machine-readable
 * {@code code} of the problem, and the message key that explains it.
 */
enum VisitProblem {

	UNSUPPORTED_CONTENT_TYPE(HttpStatus.BAD_REQUEST, "unsupported-content-type", "api.visit.content-type"),

	MALFORMED_JSON(HttpStatus.BAD_REQUEST, "malformed-json", "api.visit.malformed-json"),

	INVALID_BATCH(HttpStatus.BAD_REQUEST, "invalid-batch", "api.visit.batch-invalid"),

	MISSING_WORKER_KIND(HttpStatus.BAD_REQUEST, "missing-worker-kind", "api.visit.worker-kind-missing"),

	INVALID_WORKER_KIND(HttpStatus.BAD_REQUEST, "invalid-worker-kind", "api.visit.worker-kind-invalid"),

	INVALID_OCCURRED_AT(HttpStatus.BAD_REQUEST, "invalid-occurred-at", "api.visit.occurred-at-invalid"),

	OCCURRED_IN_FUTURE(HttpStatus.BAD_REQUEST, "occurred-at-in-future", "api.visit.in-future"),

	OCCURRED_TOO_LONG_AGO(HttpStatus.BAD_REQUEST, "occurred-at-too-old", "api.visit.too-old"),

	MISSING_IDEMPOTENCY_KEY(HttpStatus.BAD_REQUEST, "missing-idempotency-key", "api.visit.key-idempotency-missing"),

	INVALID_IDEMPOTENCY_KEY(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "api.visit.key-idempotency-invalid"),

	IDEMPOTENCY_KEY_TOO_LONG(HttpStatus.BAD_REQUEST, "idempotency-key-too-long", "api.visit.key-idempotency-too-long"),

	MISSING_API_KEY(HttpStatus.UNAUTHORIZED, "missing-api-key", "api.visit.key-missing"),

	WRONG_API_KEY(HttpStatus.UNAUTHORIZED, "wrong-api-key", "api.visit.key-wrong"),

	STATION_NOT_OPEN(HttpStatus.CONFLICT, "station-not-open", "api.visit.station-not-open");

	private final HttpStatus status;

	private final String code;

	private final String messageKey;

	VisitProblem(HttpStatus status, String code, String messageKey) {
		this.status = status;
		this.code = code;
		this.messageKey = messageKey;
	}

	HttpStatus status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

	String messageKey() {
		return this.messageKey;
	}

	/** The problem of a {@link #code()}. */
	static VisitProblem ofCode(String code) {
		return Arrays.stream(values())
			.filter(problem -> problem.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No visit problem has the code " + code));
	}

	/**
	 * The problem the service's refusal stands for. The message key names it; the reason
	 * is the fallback for a key this API does not know yet.
	 */
	static VisitProblem of(VisitRejectedException rejection) {
		return Arrays.stream(values())
			.filter(problem -> problem.messageKey.equals(rejection.messageKey()))
			.findFirst()
			.orElseGet(() -> switch (rejection.reason()) {
				case INVALID -> MALFORMED_JSON;
				case UNAUTHORIZED -> WRONG_API_KEY;
				case STATION_NOT_OPEN -> STATION_NOT_OPEN;
				// only a QR check-in is refused so; the nearest answer is a conflict
				case ALREADY_CHECKED_IN -> STATION_NOT_OPEN;
			});
	}

}
