package cn.pinghu.socialwork.visits.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import cn.pinghu.socialwork.visits.VisitRequest;
import cn.pinghu.socialwork.visits.WorkerKind;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.jspecify.annotations.Nullable;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads a posted visit from the raw body. The controller calls it only after the API key
 * was checked, and reading field by field gives each kind of bad input its own problem
 * code. Absent fields stay null: the service decides which are required.
 */
@Component
class VisitBodyReader {

	private final ObjectReader json;

	VisitBodyReader(ObjectMapper json) {
		// A field named twice is refused rather than read as its last value: a proxy or a
		// log that reads the first one would see another visit than the one stored.
		this.json = json.reader()
			.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
	}

	VisitRequest read(@Nullable String contentType, byte[] body) {
		return visit(readObject(contentType, body));
	}

	/** The body as a JSON object, or the problem why it is not one. */
	JsonNode readObject(@Nullable String contentType, byte[] body) {
		if (!isJson(contentType)) {
			throw new VisitBodyException(VisitProblem.UNSUPPORTED_CONTENT_TYPE);
		}
		return parse(body);
	}

	/** One visit from a JSON object: the body of a single post, or an item of a batch. */
	VisitRequest visit(JsonNode node) {
		if (!node.isObject()) {
			throw new VisitBodyException(VisitProblem.MALFORMED_JSON);
		}
		return new VisitRequest(workerKind(node.get("workerKind")), occurredAt(node.get("occurredAt")),
				idempotencyKey(node.get("idempotencyKey")));
	}

	private static boolean isJson(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
					|| ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private JsonNode parse(byte[] body) {
		JsonNode root;
		try {
			root = this.json.readTree(utf8(body));
		}
		catch (IOException ex) {
			throw new VisitBodyException(VisitProblem.MALFORMED_JSON);
		}
		if (root == null || !root.isObject()) {
			throw new VisitBodyException(VisitProblem.MALFORMED_JSON);
		}
		return root;
	}

	/**
	 * The body as text, strictly UTF-8 (RFC 8259). Jackson by itself would read overlong
	 * forms (a slash written in two bytes) and encoded surrogates, which let a value pass
	 * in a disguise that other readers of the same bytes do not see.
	 */
	private static String utf8(byte[] body) throws CharacterCodingException {
		String text = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(body))
			.toString();
		// A byte order mark is allowed (and ignored) before the JSON text.
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static @Nullable WorkerKind workerKind(@Nullable JsonNode node) {
		if (isAbsent(node)) {
			return null;
		}
		if (!node.isTextual()) {
			throw new VisitBodyException(VisitProblem.INVALID_WORKER_KIND);
		}
		try {
			return WorkerKind.valueOf(node.textValue());
		}
		catch (IllegalArgumentException ex) {
			throw new VisitBodyException(VisitProblem.INVALID_WORKER_KIND);
		}
	}

	private static @Nullable OffsetDateTime occurredAt(@Nullable JsonNode node) {
		if (isAbsent(node)) {
			return null;
		}
		if (!node.isTextual()) {
			throw new VisitBodyException(VisitProblem.INVALID_OCCURRED_AT);
		}
		try {
			return OffsetDateTime.parse(node.textValue());
		}
		catch (DateTimeParseException ex) {
			throw new VisitBodyException(VisitProblem.INVALID_OCCURRED_AT);
		}
	}

	private static @Nullable String idempotencyKey(@Nullable JsonNode node) {
		if (isAbsent(node)) {
			return null;
		}
		if (!node.isTextual()) {
			throw new VisitBodyException(VisitProblem.INVALID_IDEMPOTENCY_KEY);
		}
		return node.textValue();
	}

	private static boolean isAbsent(@Nullable JsonNode node) {
		return node == null || node.isNull();
	}

}
