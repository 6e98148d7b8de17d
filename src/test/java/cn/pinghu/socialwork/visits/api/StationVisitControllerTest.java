package cn.pinghu.socialwork.visits.api;

import java.time.Instant;
import java.util.Optional;

import cn.pinghu.socialwork.shared.web.ApiProblems;
import cn.pinghu.socialwork.stations.AuthenticatedStation;
import cn.pinghu.socialwork.stations.KeyedStation;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.stations.TestStationKeys;
import cn.pinghu.socialwork.visits.VisitMeters;
import cn.pinghu.socialwork.visits.VisitRequest;
import cn.pinghu.socialwork.visits.VisitChannel;
import cn.pinghu.socialwork.visits.VisitService;
import cn.pinghu.socialwork.visits.VisitSummary;
import cn.pinghu.socialwork.visits.WorkerKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.method.annotation.AuthenticationPrincipalArgumentResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The controller's answers to what the real database makes hard to provoke on demand: a
 * replay losing the race on the unique key, and an unexpected failure.
 */
class StationVisitControllerTest {

	private static final String KEY = "demo-key-RS001";

	private static final String BODY = "{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"k-1\"}";

	private final VisitService visits = mock(VisitService.class);

	private final MockMvc mvc = mockMvc();

	@BeforeEach
	void signInTheStation() {
		AuthenticatedStation station = TestStationKeys
			.authenticated(new KeyedStation(1, "RS001", StationStatus.OPEN, 1));
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(station, null));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void a_replay_that_loses_the_race_on_the_unique_key_answers_200_with_the_winners_visit() throws Exception {
		VisitSummary winner = new VisitSummary(42, "RS001", Instant.parse("2026-11-28T04:01:00Z"), WorkerKind.DELIVERY,
				"k-1", Instant.parse("2026-11-28T04:01:01Z"), VisitChannel.DEVICE);
		when(this.visits.recordPostedVisit(any(AuthenticatedStation.class), any(VisitRequest.class)))
			.thenThrow(new DataIntegrityViolationException("Duplicate entry for key uk_station_visit_key"));
		when(this.visits.findVisit("RS001", "k-1")).thenReturn(Optional.of(winner));

		this.mvc
			.perform(post("/api/v1/stations/RS001/visits").header("X-Api-Key", KEY)
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(42));
	}

	@Test
	void a_unique_key_violation_that_left_no_visit_is_a_generic_500() throws Exception {
		when(this.visits.recordPostedVisit(any(AuthenticatedStation.class), any(VisitRequest.class)))
			.thenThrow(new DataIntegrityViolationException("constraint fk_station_visit_station"));
		when(this.visits.findVisit("RS001", "k-1")).thenReturn(Optional.empty());

		this.mvc
			.perform(post("/api/v1/stations/RS001/visits").header("X-Api-Key", KEY)
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.code").value("internal-error"))
			.andExpect(content().string(not(containsString("fk_station_visit_station"))));
	}

	@Test
	void an_unexpected_error_is_a_generic_chinese_500_that_leaks_nothing() throws Exception {
		when(this.visits.recordPostedVisit(any(AuthenticatedStation.class), any(VisitRequest.class)))
			.thenThrow(new IllegalStateException("connection to db-internal-7 refused"));

		this.mvc
			.perform(post("/api/v1/stations/RS001/visits").header("X-Api-Key", KEY)
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("服务器内部错误"))
			.andExpect(jsonPath("$.detail").value("系统出现意外错误，请稍后重试。如问题持续，请联系管理员。"))
			.andExpect(jsonPath("$.code").value("internal-error"))
			.andExpect(content().string(not(containsString("db-internal-7"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))));
	}

	private MockMvc mockMvc() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/shared", "i18n/stations");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
		StationVisitController controller = new StationVisitController(this.visits, new VisitBodyReader(json),
				new StationAllowance(100, 100, 1000, 5000, System::nanoTime));
		return MockMvcBuilders.standaloneSetup(controller)
			.setCustomArgumentResolvers(new AuthenticationPrincipalArgumentResolver())
			.setControllerAdvice(new StationApiExceptionHandler(new ApiProblems(messages, json),
					new ProblemText(messages), new ApiRefusals(new VisitMeters(new SimpleMeterRegistry()))))
			.build();
	}

}
