package cn.pinghu.socialwork.visits.api;

import cn.pinghu.socialwork.shared.web.ApiContract;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import cn.pinghu.socialwork.shared.web.ApiProblems;
import cn.pinghu.socialwork.stations.AuthenticatedStation;
import cn.pinghu.socialwork.visits.RecordedVisit;
import cn.pinghu.socialwork.visits.VisitRejectedException;
import cn.pinghu.socialwork.visits.VisitRequest;
import cn.pinghu.socialwork.visits.VisitService;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Up to {@value #MAX_ITEMS} visits of one station in one request, for stations that
 * buffer visits while offline. Each item is recorded on its own, exactly as a single post
 * would be, and answered on its own: stored, a duplicate of an earlier post, or rejected
 * with the reason. The request as a whole fails only for a bad key (refused before this
 * controller), a body that is not a batch, a batch over the station's allowance of visits
 * (429, nothing stored), or a database that cannot be reached (then nothing more is
 * stored, and a retry is safe).
 */
@RestController
class VisitBatchController {

	static final String PATH = "/api/v1/events:batch";

	static final int MAX_ITEMS = 1000;

	private final VisitService visits;

	private final VisitBodyReader reader;

	private final ProblemText text;

	private final StationAllowance allowance;

	private final ApiRefusals refusals;

	VisitBatchController(VisitService visits, VisitBodyReader reader, ProblemText text, StationAllowance allowance,
			ApiRefusals refusals) {
		this.visits = visits;
		this.reader = reader;
		this.text = text;
		this.allowance = allowance;
		this.refusals = refusals;
	}

	@Operation(summary = "批量补报到站服务 / Post buffered visits in a batch", tags = "visits",
			description = "每条各自记录、各自答复 / each item is recorded and answered on its own",
			security = @SecurityRequirement(name = ApiContract.STATION_KEY),
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = VisitBodies.Batch.class))))
	@ApiResponse(responseCode = "200", description = "每条的结果 / each item's outcome")
	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<BatchAnswer> record(@AuthenticationPrincipal AuthenticatedStation station,
			HttpServletRequest request) throws IOException {
		this.allowance.request(station);
		JsonNode root = this.reader.readObject(request.getContentType(),
				StreamUtils.copyToByteArray(request.getInputStream()));
		JsonNode items = root.get("visits");
		if (items == null || !items.isArray() || items.isEmpty() || items.size() > MAX_ITEMS) {
			throw new VisitBodyException(VisitProblem.INVALID_BATCH);
		}
		// Every item counts, whether it is stored, a duplicate or refused.
		this.allowance.visits(station, items.size());
		Locale locale = ApiProblems.locale(request);
		ItemAnswer[] answers = new ItemAnswer[items.size()];
		List<Parsed> parsed = new ArrayList<>(items.size());
		for (int index = 0; index < items.size(); index++) {
			JsonNode item = items.get(index);
			String key = (item.isObject() && item.path("idempotencyKey").isTextual())
					? item.get("idempotencyKey").textValue() : null;
			JsonNode named = item.get("stationCode");
			if (named != null && !named.isNull() && !station.code().equals(named.asText())) {
				answers[index] = ItemAnswer.rejected(index, key, VisitProblem.WRONG_API_KEY,
						this.text.text(VisitProblem.WRONG_API_KEY, locale));
				continue;
			}
			try {
				parsed.add(new Parsed(index, key, this.reader.visit(item)));
			}
			catch (VisitBodyException ex) {
				answers[index] = ItemAnswer.rejected(index, key, ex.problem(), this.text.text(ex.problem(), locale));
			}
		}
		record(station, parsed, answers, locale);
		for (ItemAnswer answer : answers) {
			if (answer.outcome() == Outcome.REJECTED) {
				this.refusals.refused(VisitProblem.ofCode(Objects.requireNonNull(answer.code())));
			}
		}
		return ResponseEntity.ok(BatchAnswer.of(List.of(answers)));
	}

	/**
	 * Records the well-formed items in one transaction; should another request store one
	 * of their keys meanwhile, that transaction stores nothing and the items are recorded
	 * one by one instead.
	 */
	private void record(AuthenticatedStation station, List<Parsed> parsed, ItemAnswer[] answers, Locale locale) {
		if (parsed.isEmpty()) {
			return;
		}
		List<VisitService.BatchOutcome> outcomes;
		try {
			outcomes = this.visits.recordVisits(station, parsed.stream().map(Parsed::visit).toList());
		}
		catch (DataIntegrityViolationException ex) {
			for (Parsed item : parsed) {
				answers[item.index()] = recordOne(item.index(), item.key(), station, item.visit(), locale);
			}
			return;
		}
		for (int i = 0; i < parsed.size(); i++) {
			Parsed item = parsed.get(i);
			VisitService.BatchOutcome outcome = outcomes.get(i);
			RecordedVisit recorded = outcome.recorded();
			answers[item.index()] = (recorded != null) ? answer(item.index(), item.key(), recorded)
					: rejected(item.index(), item.key(), Objects.requireNonNull(outcome.rejected()), locale);
		}
	}

	private ItemAnswer recordOne(int index, @Nullable String key, AuthenticatedStation station, VisitRequest visit,
			Locale locale) {
		try {
			return answer(index, key, this.visits.recordVisit(station, visit));
		}
		catch (VisitRejectedException ex) {
			return rejected(index, key, ex, locale);
		}
		catch (DataIntegrityViolationException ex) {
			// Another request stored the same key a moment earlier: a duplicate like any
			// replay.
			return this.visits.findVisit(station.code(), visit.idempotencyKey())
				.map(winner -> ItemAnswer.duplicate(index, key, winner.id()))
				.orElseThrow(() -> ex);
		}
	}

	private static ItemAnswer answer(int index, @Nullable String key, RecordedVisit recorded) {
		return recorded.created() ? ItemAnswer.stored(index, key, recorded.visit().id())
				: ItemAnswer.duplicate(index, key, recorded.visit().id());
	}

	private ItemAnswer rejected(int index, @Nullable String key, VisitRejectedException ex, Locale locale) {
		VisitProblem problem = VisitProblem.of(ex);
		return ItemAnswer.rejected(index, key, problem,
				this.text.text(problem, locale, this.text.arguments(ex, locale)));
	}

	/** A well-formed item and where it stands in the request. */
	private record Parsed(int index, @Nullable String key, VisitRequest visit) {
	}

	/** What happened to each item. */
	enum Outcome {

		STORED, DUPLICATE, REJECTED

	}

	/** The answer for one item, in the order of the request. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ItemAnswer(int index, @Nullable String idempotencyKey, Outcome outcome, @Nullable Long visitId,
			@Nullable String code, @Nullable String reason) {

		static ItemAnswer stored(int index, @Nullable String key, long visitId) {
			return new ItemAnswer(index, key, Outcome.STORED, visitId, null, null);
		}

		static ItemAnswer duplicate(int index, @Nullable String key, long visitId) {
			return new ItemAnswer(index, key, Outcome.DUPLICATE, visitId, null, null);
		}

		static ItemAnswer rejected(int index, @Nullable String key, VisitProblem problem, String reason) {
			return new ItemAnswer(index, key, Outcome.REJECTED, null, problem.code(), reason);
		}

	}

	/** Counts per outcome, then every item's answer. */
	record BatchAnswer(long stored, long duplicate, long rejected, List<ItemAnswer> items) {

		static BatchAnswer of(List<ItemAnswer> items) {
			return new BatchAnswer(count(items, Outcome.STORED), count(items, Outcome.DUPLICATE),
					count(items, Outcome.REJECTED), List.copyOf(items));
		}

		private static long count(List<ItemAnswer> items, Outcome outcome) {
			return items.stream().filter(item -> item.outcome() == outcome).count();
		}

	}

}
