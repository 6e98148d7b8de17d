package cn.pinghu.socialwork.screen.api;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import cn.pinghu.socialwork.coverage.BranchActivityService;
import cn.pinghu.socialwork.coverage.BranchFormation;
import cn.pinghu.socialwork.coverage.CoverageActions;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageKpis;
import cn.pinghu.socialwork.coverage.CoverageOverview;
import cn.pinghu.socialwork.coverage.DormancyCounts;
import cn.pinghu.socialwork.coverage.DormancyFilter;
import cn.pinghu.socialwork.coverage.TownCoverage;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionKpis;
import cn.pinghu.socialwork.elections.ElectionOverview;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.TownElections;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.CreditCode;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.screen.live.ConsoleHours;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.stations.StationCounts;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import cn.pinghu.socialwork.visits.VisitService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// A plain @SpringBootTest with MockMvc built by hand shares its context with the UI tests.
@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class DashboardControllerIT {

	private static final String SNAPSHOT = "/api/v1/dashboard/snapshot";

	private static final long DANGHU = 1;

	@Autowired
	WebApplicationContext context;

	@Autowired
	LiveMetricsService metrics;

	@Autowired
	StationService stations;

	@Autowired
	VisitService visits;

	@Autowired
	CommunityService places;

	@Autowired
	Clock clock;

	@Autowired
	ObjectMapper json;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	CoverageActions coverageActions;

	@Autowired
	BranchActivityService activities;

	@Autowired
	ElectionFigures elections;

	@Autowired
	JdbcTemplate jdbc;

	private MockMvc mvc;

	private Long inserted;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		// Other test contexts in this JVM may have stored visits that this context's
		// counters have not heard of; production has one context.
		this.metrics.reconcile();
	}

	@AfterEach
	void removeTheInsertedOrganisation() {
		if (this.inserted != null) {
			this.jdbc.update("DELETE FROM organization WHERE id = ?", this.inserted);
			// Deleted without an event: the figures are read again with the live numbers.
			this.metrics.reconcile();
		}
	}

	@Test
	void a_leader_reads_the_live_numbers_that_the_database_holds() throws Exception {
		Read read = ConsoleHours.withinOneHour(this.clock, () -> {
			Instant now = this.clock.instant();
			StationCounts counts = this.stations.counts();
			long today = this.visits.countVisits(ConsoleHours.startOfDay(now), ConsoleHours.endOfHour(now));
			long hour = this.visits.countVisits(now.truncatedTo(ChronoUnit.HOURS), ConsoleHours.endOfHour(now));
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
		List<String> documentedStages = new java.util.ArrayList<>();
		schema.at("/properties/elections/properties/byStage/propertyNames/enum")
			.forEach(stage -> documentedStages.add(stage.asText()));
		assertThat(documentedStages).as("the stages the schema lists")
			.containsExactlyElementsOf(Arrays.stream(ElectionStage.values()).map(ElectionStage::name).toList());
		for (String section : List.of("coverage", "elections")) {
			JsonNode sectionSchema = schema.get("properties").get(section);
			assertThat(snapshot.get(section).isObject()).as("seeded %s", section).isTrue();
			for (JsonNode field : sectionSchema.get("required")) {
				assertThat(snapshot.get(section).has(field.asText())).as("%s.%s", section, field.asText()).isTrue();
			}
			for (JsonNode field : sectionSchema.get("properties").get("byTown").get("items").get("required")) {
				assertThat(snapshot.get(section).get("byTown").get(0).has(field.asText()))
					.as("%s.byTown[].%s", section, field.asText())
					.isTrue();
			}
		}
	}

	@Test
	void the_coverage_section_carries_the_drives_figures_as_fractions() throws Exception {
		JsonNode snapshot = read(user("leader").roles(Role.Names.LEADER));
		CoverageOverview overview = as("leader", Role.Names.LEADER, () -> this.coverage.overview()).orElseThrow();
		DormancyCounts warnings = as("leader", Role.Names.LEADER,
				() -> this.activities.countWarnings(DormancyFilter.all()));

		JsonNode coverage = snapshot.get("coverage");
		CoverageKpis city = overview.city();
		assertThat(coverage.get("inScope").asLong()).isEqualTo(city.inScope()).isPositive();
		assertThat(coverage.get("covered").asLong()).isEqualTo(city.organizationCovered());
		assertThat(coverage.get("standalone").asLong()).isEqualTo(city.standalone());
		assertThat(coverage.get("workCovered").asLong()).isEqualTo(city.workCovered());
		// Each rate is unrounded: its numerator ÷ its denominator, both in the section.
		assertQuotient(coverage.get("cityRate"), coverage.get("covered"), coverage.get("inScope"));
		assertQuotient(coverage.get("standaloneRate"), coverage.get("standalone"), coverage.get("inScope"));
		assertQuotient(coverage.get("workRate"), coverage.get("workCovered"), coverage.get("inScope"));
		assertThat(coverage.get("warningsYellow").asLong()).isEqualTo(warnings.yellow());
		assertThat(coverage.get("warningsRed").asLong()).isEqualTo(warnings.red());
		JsonNode byTown = coverage.get("byTown");
		assertThat(byTown.findValuesAsText("town"))
			.containsExactlyElementsOf(overview.towns().stream().map(TownCoverage::townName).toList());
		for (int i = 0; i < overview.towns().size(); i++) {
			TownCoverage town = overview.towns().get(i);
			JsonNode row = byTown.get(i);
			assertThat(row.get("inScope").asLong()).isEqualTo(town.kpis().inScope());
			assertThat(row.get("covered").asLong()).isEqualTo(town.kpis().organizationCovered());
			assertQuotient(row.get("rate"), row.get("covered"), row.get("inScope"));
			if (town.target() != null) {
				assertFraction(row.get("target"), town.target().targetRate());
				assertThat(row.get("signal").asText()).isEqualTo(town.signal().name());
			}
			else {
				assertThat(row.get("target").isNull()).isTrue();
				assertThat(row.get("signal").isNull()).isTrue();
			}
		}
	}

	@Test
	void the_elections_section_carries_the_rounds_figures_as_fractions() throws Exception {
		JsonNode snapshot = read(user("leader").roles(Role.Names.LEADER));
		ElectionOverview overview = as("leader", Role.Names.LEADER, () -> this.elections.overview()).orElseThrow();

		JsonNode elections = snapshot.get("elections");
		ElectionKpis city = overview.city();
		assertThat(elections.get("total").asLong()).isEqualTo(city.communities()).isPositive();
		assertThat(elections.get("completed").asLong()).isEqualTo(city.completed());
		assertThat(elections.get("reElection").asLong()).isEqualTo(city.reVotes());
		assertThat(elections.get("reVote").asLong()).isEqualTo(city.reVotes());
		assertThat(elections.get("supplementaryVote").asLong()).isEqualTo(city.supplementaryVotes());
		assertThat(elections.get("committeesWithoutWoman").asLong()).isEqualTo(city.committeesWithoutWoman());
		assertThat(elections.get("partyElectionsCompleted").asLong()).isEqualTo(city.partyElectionsCompleted())
			.isPositive();
		assertThat(elections.get("overdue").asLong()).isEqualTo(city.overdue());
		List<String> stages = new java.util.ArrayList<>();
		elections.get("byStage").fieldNames().forEachRemaining(stages::add);
		assertThat(stages)
			.containsExactlyElementsOf(Arrays.stream(ElectionStage.values()).map(ElectionStage::name).toList())
			.containsExactly("AUDIT", "PARTY_ELECTION", "COMMITTEE", "VOTER_REGISTRATION", "NOMINATION", "VOTING",
					"RE_VOTE", "SUPPLEMENTARY_VOTE", "SUPERVISORY", "HANDOVER", "COMPLETED");
		for (ElectionStage stage : ElectionStage.values()) {
			assertThat(elections.get("byStage").get(stage.name()).asLong()).isEqualTo(city.funnel().get(stage));
		}
		assertFraction(elections.get("turnout"), city.turnout());
		assertFraction(elections.get("secretaryIsDirectorRate"), city.secretaryIsDirectorRate());
		assertFraction(elections.get("womenRate"), city.womenShare());
		assertFraction(elections.get("collegeRate"), city.collegeShare());
		assertFraction(elections.get("under35Rate"), city.under35Rate());
		if (city.averageAge() != null) {
			assertThat(elections.get("averageAge").decimalValue()).isEqualByComparingTo(city.averageAge());
		}
		else {
			assertThat(elections.get("averageAge").isNull()).isTrue();
		}
		JsonNode byTown = elections.get("byTown");
		assertThat(byTown.findValuesAsText("town"))
			.containsExactlyElementsOf(overview.towns().stream().map(TownElections::townName).toList());
		for (int i = 0; i < overview.towns().size(); i++) {
			assertThat(byTown.get(i).get("total").asLong()).isEqualTo(overview.towns().get(i).kpis().communities());
			assertThat(byTown.get(i).get("completed").asLong()).isEqualTo(overview.towns().get(i).kpis().completed());
		}
	}

	@Test
	void a_branch_a_coordinator_records_shows_in_the_next_snapshots_coverage_within_two_seconds() throws Exception {
		this.inserted = insertUncoveredOrganisation(DANGHU);
		this.metrics.reconcile();
		long before = read(user("leader").roles(Role.Names.LEADER)).get("coverage").get("covered").asLong();

		as("coordinator", Role.Names.COORDINATOR,
				() -> this.coverageActions.recordBranchFormed(new BranchFormation(this.inserted, 0,
						BranchForm.STANDALONE, "中共测试支部委员会", LocalDate.of(2026, 3, 1), 3)));

		await().atMost(Duration.ofSeconds(2))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(
					read(user("leader").roles(Role.Names.LEADER)).get("coverage").get("covered").asLong())
				.isEqualTo(before + 1));
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

	/** A fraction from 0 to 1 that is exactly the service's percentage divided by 100. */
	/** The rate is the quotient exactly, as a consumer reading it as a double sees it. */
	private static void assertQuotient(JsonNode rate, JsonNode numerator, JsonNode denominator) {
		assertThat(rate.isNumber()).as("%s is a number", rate).isTrue();
		assertThat(rate.doubleValue())
			.isEqualTo((denominator.asLong() == 0) ? 0.0 : (double) numerator.asLong() / denominator.asLong());
	}

	private static void assertFraction(JsonNode value, BigDecimal percent) {
		assertThat(value.isNumber()).as("%s is a number", value).isTrue();
		// exact beside its counts: the double of the unrounded fraction
		assertThat(value.decimalValue()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
		assertThat(value.doubleValue()).isEqualTo(percent.movePointLeft(2).doubleValue());
	}

	private <T> T as(String username, String role, Supplier<T> call) {
		var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long insertUncoveredOrganisation(long townId) {
		String body = "91330482T" + Long.toString(System.nanoTime() % 100_000_000L).replace('-', '0');
		body = (body + "00000000").substring(0, 17);
		String code = body + CreditCode.checkCharacter(body);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					INSERT INTO organization (name, credit_code, kind, industry, town_id, address, employees,
					    full_members, branch_form, status)
					VALUES ('接口测试有限公司', ?, 'ECONOMIC', '测试行业', ?, '测试地址', 50, 3, 'NONE', 'ACTIVE')""",
					Statement.RETURN_GENERATED_KEYS);
			statement.setString(1, code);
			statement.setLong(2, townId);
			return statement;
		}, keys);
		return keys.getKey().longValue();
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
