package cn.pinghu.socialwork.dashboard.api;

import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import cn.pinghu.socialwork.dashboard.ConsoleHours;
import cn.pinghu.socialwork.dashboard.LiveMetricsService;
import cn.pinghu.socialwork.places.PlaceService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.security.Role;
import cn.pinghu.socialwork.stations.StationCounts;
import cn.pinghu.socialwork.stations.StationService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// A plain @SpringBootTest with MockMvc built by hand shares its context with the UI tests.
@SpringBootTest
class DashboardControllerTest {

	private static final String SNAPSHOT = "/api/v1/dashboard/snapshot";

	@Autowired
	WebApplicationContext context;

	@Autowired
	LiveMetricsService metrics;

	@Autowired
	StationService stations;

	@Autowired
	PlaceService places;

	@Autowired
	Clock clock;

	@Autowired
	ObjectMapper json;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		// Other test contexts in this JVM may have stored visits that this context's
		// counters have not heard of; production has one context.
		this.metrics.reconcile();
	}

	@Test
	void a_leader_reads_the_live_numbers_that_the_database_holds() throws Exception {
		Read read = ConsoleHours.withinOneHour(this.clock, () -> {
			Instant now = this.clock.instant();
			StationCounts counts = this.stations.counts();
			long today = this.stations.countVisits(ConsoleHours.startOfDay(now), ConsoleHours.endOfHour(now));
			long hour = this.stations.countVisits(now.truncatedTo(ChronoUnit.HOURS), ConsoleHours.endOfHour(now));
			String body = this.mvc.perform(get(SNAPSHOT).with(user("leader").roles(Role.Names.LEADER)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			return new Read(this.json.readTree(body), counts, today, hour);
		});

		JsonNode snapshot = read.snapshot();
		assertThat(snapshot.get("stationsOpen").asLong()).isEqualTo(read.counts().open());
		assertThat(snapshot.get("stationsTotal").asLong()).isEqualTo(read.counts().total());
		assertThat(snapshot.get("visitsToday").asLong()).isEqualTo(read.today());
		assertThat(snapshot.get("visitsThisHour").asLong()).isEqualTo(read.hour());
		assertThat(snapshot.get("sequence").isIntegralNumber()).isTrue();
	}

	@Test
	void times_are_iso_8601_in_the_console_zone_and_hours_run_oldest_first() throws Exception {
		JsonNode snapshot = read(user("leader").roles(Role.Names.LEADER));

		assertThat(snapshot.get("asOf").isTextual()).isTrue();
		OffsetDateTime asOf = OffsetDateTime.parse(snapshot.get("asOf").asText());
		assertThat(asOf.getOffset()).isEqualTo(ConsoleHours.ZONE.getRules().getOffset(asOf.toInstant()));
		JsonNode byHour = snapshot.get("visitsByHour");
		assertThat(byHour).hasSize(24);
		for (int i = 0; i < 24; i++) {
			assertThat(byHour.get(i).get("hour").isTextual()).isTrue();
			OffsetDateTime hour = OffsetDateTime.parse(byHour.get(i).get("hour").asText());
			assertThat(hour).isEqualTo(asOf.truncatedTo(ChronoUnit.HOURS).minusHours(23 - i));
			assertThat(hour.getOffset()).isEqualTo(asOf.getOffset());
		}
		assertThat(byHour.get(23).get("count").asLong()).isEqualTo(snapshot.get("visitsThisHour").asLong());
	}

	@Test
	void every_town_is_listed_in_display_order_with_todays_visits() throws Exception {
		JsonNode snapshot = read(user("leader").roles(Role.Names.LEADER));

		JsonNode byTown = snapshot.get("visitsTodayByTown");
		assertThat(byTown.findValuesAsText("town"))
			.containsExactlyElementsOf(this.places.towns().stream().map(TownSummary::name).toList());
		assertThat(byTown.findValues("count")).allMatch(JsonNode::isIntegralNumber);
		long total = 0;
		for (JsonNode town : byTown) {
			total += town.get("count").asLong();
		}
		assertThat(total).isEqualTo(snapshot.get("visitsToday").asLong());
	}

	@Test
	void the_snapshot_has_every_field_its_documented_json_schema_requires() throws Exception {
		JsonNode schema = this.json.readTree(Path.of("docs/snapshot.schema.json").toFile());
		JsonNode snapshot = read(user("leader").roles(Role.Names.LEADER));

		for (JsonNode field : schema.get("required")) {
			assertThat(snapshot.has(field.asText())).as("required field %s", field.asText()).isTrue();
		}
		for (String list : List.of("visitsTodayByTown", "visitsByHour")) {
			JsonNode itemSchema = schema.get("properties").get(list).get("items");
			for (JsonNode field : itemSchema.get("required")) {
				assertThat(snapshot.get(list).get(0).has(field.asText())).as("%s[].%s", list, field.asText()).isTrue();
			}
		}
		assertThat(snapshot.get("visitsByHour"))
			.hasSize(schema.get("properties").get("visitsByHour").get("maxItems").asInt());
	}

	@Test
	void a_display_may_read_the_snapshot() throws Exception {
		this.mvc.perform(get(SNAPSHOT).with(user("wall").roles(Role.Names.DISPLAY)))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(result.getResponse().getContentType())
				.startsWith(MediaType.APPLICATION_JSON_VALUE));
	}

	@Test
	void a_coordinator_may_not() throws Exception {
		this.mvc.perform(get(SNAPSHOT).with(user("coordinator").roles(Role.Names.COORDINATOR)))
			.andExpect(status().isForbidden());
	}

	@Test
	void an_anonymous_caller_may_not() throws Exception {
		this.mvc.perform(get(SNAPSHOT))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isIn(401, 403));
	}

	private JsonNode read(RequestPostProcessor user) throws Exception {
		return this.json.readTree(this.mvc.perform(get(SNAPSHOT).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private record Read(JsonNode snapshot, StationCounts counts, long today, long hour) {
	}

}
