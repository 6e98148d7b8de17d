package cn.pinghu.socialwork.visits.api;

import cn.pinghu.socialwork.shared.web.ApiContract;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.io.IOException;

import cn.pinghu.socialwork.stations.AuthenticatedStation;
import cn.pinghu.socialwork.visits.RecordedVisit;
import cn.pinghu.socialwork.visits.VisitRejectedException;
import cn.pinghu.socialwork.visits.VisitRejectedException.Reason;
import cn.pinghu.socialwork.visits.VisitRequest;
import cn.pinghu.socialwork.visits.VisitService;
import cn.pinghu.socialwork.visits.VisitSummary;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where stations post their visits. The station's API key was checked before the body is
 * read ({@code ApiKeyAuthenticationFilter}), so a caller without a valid key learns
 * nothing about what a valid body looks like; the station comes as the principal. A key
 * of another station than the address names is refused like a wrong key, and so is an
 * address with no station: station codes cannot be found out by trying them. Errors are
 * answered by {@link StationApiExceptionHandler}.
 */
@RestController
class StationVisitController {

	static final String PATH = "/api/v1/stations/{code}/visits";

	private final VisitService visits;

	private final VisitBodyReader reader;

	private final StationAllowance allowance;

	StationVisitController(VisitService visits, VisitBodyReader reader, StationAllowance allowance) {
		this.visits = visits;
		this.reader = reader;
		this.allowance = allowance;
	}

	/**
	 * 201 with the new visit, or 200 with the stored one when the idempotency key was
	 * used before.
	 */
	@Operation(summary = "上报一次到站服务 / Post a visit", tags = "visits",
			security = @SecurityRequirement(name = ApiContract.STATION_KEY),
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = VisitBodies.Visit.class))))
	@ApiResponse(responseCode = "201", description = "已记录 / stored")
	@ApiResponse(responseCode = "200", description = "同一幂等键已记录过，返回原记录 / stored before under the same key")
	@ApiResponse(responseCode = "409", description = "站点未开放 / the station is not open",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = ApiContract.PROBLEM_REF)))
	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<VisitSummary> recordVisit(@PathVariable String code,
			@AuthenticationPrincipal AuthenticatedStation station, HttpServletRequest request) throws IOException {
		// The address names the station exactly: rs001 is not RS001.
		if (!station.code().equals(code)) {
			throw new VisitRejectedException(Reason.UNAUTHORIZED, "api.visit.key-wrong");
		}
		this.allowance.request(station);
		this.allowance.visits(station, 1);
		VisitRequest visit = this.reader.read(request.getContentType(),
				StreamUtils.copyToByteArray(request.getInputStream()));
		RecordedVisit recorded;
		try {
			recorded = this.visits.recordPostedVisit(station, visit);
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
