package cn.pinghu.socialwork.visits.api;

import java.io.IOException;

import cn.pinghu.socialwork.visits.RecordedVisit;
import cn.pinghu.socialwork.visits.VisitRequest;
import cn.pinghu.socialwork.visits.VisitService;
import cn.pinghu.socialwork.visits.VisitSummary;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where stations post their visits. The station's API key is checked before the body is
 * read, so a caller without a valid key learns nothing about what a valid body looks
 * like; errors are answered by {@link StationApiExceptionHandler}.
 */
@RestController
class StationVisitController {

	static final String PATH = "/api/v1/stations/{code}/visits";

	static final String API_KEY_HEADER = "X-Api-Key";

	private final VisitService visits;

	private final VisitBodyReader reader;

	StationVisitController(VisitService visits, VisitBodyReader reader) {
		this.visits = visits;
		this.reader = reader;
	}

	/**
	 * 201 with the new visit, or 200 with the stored one when the idempotency key was
	 * used before.
	 */
	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<VisitSummary> recordVisit(@PathVariable String code,
			@RequestHeader(name = API_KEY_HEADER, required = false) @Nullable String apiKey, HttpServletRequest request)
			throws IOException {
		this.visits.checkApiKey(code, apiKey);
		VisitRequest visit = this.reader.read(request.getContentType(),
				StreamUtils.copyToByteArray(request.getInputStream()));
		RecordedVisit recorded;
		try {
			recorded = this.visits.recordVisit(code, apiKey, visit);
		}
		catch (DataIntegrityViolationException ex) {
			return ResponseEntity.ok(winnerOfRace(code, visit, ex));
		}
		if (!recorded.created()) {
			return ResponseEntity.ok(recorded.visit());
		}
		// No Location header: visits cannot be read back one by one over the API.
		return ResponseEntity.status(HttpStatus.CREATED).body(recorded.visit());
	}

	/**
	 * A replay that ran at the same time as the first request: both found no visit under
	 * the key, and the unique index let only the other one store it. The caller gets the
	 * winner's visit, as any replay would; anything else is a real error.
	 */
	private VisitSummary winnerOfRace(String code, VisitRequest visit, DataIntegrityViolationException ex) {
		String key = visit.idempotencyKey();
		if (key == null) {
			throw ex;
		}
		return this.visits.findVisit(code, key).orElseThrow(() -> ex);
	}

}
