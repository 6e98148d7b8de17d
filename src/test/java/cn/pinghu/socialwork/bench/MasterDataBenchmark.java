package cn.pinghu.socialwork.bench;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.bench.BenchReport.ExportResult;
import cn.pinghu.socialwork.bench.BenchReport.ImportTiming;
import cn.pinghu.socialwork.bench.BenchReport.QueryResult;
import cn.pinghu.socialwork.organizations.InstructorService;
import cn.pinghu.socialwork.organizations.OrganizationService;
import cn.pinghu.socialwork.organizations.OrganizationTransferService;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The master data at full size, measured in-process against the real services on the
 * MariaDB server: a fresh schema built by Liquibase with the demo seeds, filled up to
 * 100,000 organisations and 1,000 stations, then the organisation and station lists as
 * their grids load them, the export of every organisation to .xlsx (time and heap), and
 * an import of 10,000 rows. Asserts only that the export and the import did what they
 * should; the times are for the record ({@code bench/run-masterdata.sh}), not checked.
 * Named {@code *Benchmark} so that neither {@code ./mvnw verify} nor CI runs it.
 */
// DropsSchema before @SpringBootTest: extensions end in reverse order, so the schema is
// dropped after Spring has closed the application (@DirtiesContext) that uses it
@ExtendWith(MasterDataBenchmark.DropsSchema.class)
@SpringBootTest(properties = { "console.embedded-db.enabled=false", "spring.liquibase.contexts=demo",
		"console.simulator.enabled=false" })
@DirtiesContext
@ExtendWith(ThisContextsSecurity.class)
class MasterDataBenchmark {

	private static final Logger log = LoggerFactory.getLogger(MasterDataBenchmark.class);

	private static final BenchSettings SETTINGS = BenchSettings.fromEnvironment();

	@Autowired
	OrganizationService organizations;

	@Autowired
	OrganizationTransferService organizationTransfer;

	@Autowired
	StationService stationAdmin;

	@Autowired
	CommunityService places;

	@Autowired
	InstructorService instructors;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Validator validator;

	@DynamicPropertySource
	static void freshSchema(DynamicPropertyRegistry registry) {
		BenchSchema.create(SETTINGS);
		registry.add("spring.datasource.url", SETTINGS::url);
		registry.add("spring.datasource.username", () -> "root");
		registry.add("spring.datasource.password", () -> "");
	}

	@Test
	void master_data_lists_export_and_import_at_full_size() throws Exception {
		BenchReport report = new BenchReport(SETTINGS, BenchSchema.serverVersion(this.jdbc), ZonedDateTime.now(),
				MachineFacts.loadAverage());
		MasterDataGenerator generator = new MasterDataGenerator(this.jdbc);
		generate(generator, report);
		Authentication admin = signIn("admin");
		Authentication coordinator = signIn("coordinator");
		ListQueries lists = new ListQueries(this.organizations, this.stationAdmin, admin, coordinator,
				this.jdbc.queryForList("""
						SELECT t.town_id FROM app_user_town t JOIN app_user u ON u.id = t.user_id
						WHERE u.username = 'coordinator'""", Long.class));
		measure(lists.all(SETTINGS.organizations(), generator.busiestTown(), rareName(), codeEnd()), report);
		SecurityContextHolder.getContext().setAuthentication(admin);
		OrganizationTransfers transfers = new OrganizationTransfers(this.organizations, this.organizationTransfer,
				this.places, this.instructors, this.validator);
		ExportResult export = transfers.export(SETTINGS);
		ImportTiming imported = transfers.importRows(SETTINGS, generator);
		assertThat(count("organization WHERE archived_at IS NULL"))
			.isEqualTo(SETTINGS.organizations() + imported.created());
		report.write(SETTINGS, export, imported);
		log.info("Master-data benchmark:\n{}", report.markdown());
	}

	private void generate(MasterDataGenerator generator, BenchReport report) {
		log.info("Generating {} organisations and {} stations in {}", SETTINGS.organizations(), SETTINGS.stations(),
				SETTINGS.schema());
		long start = System.nanoTime();
		int organizations = generator.organizations(SETTINGS.organizations());
		int stations = generator.stations(SETTINGS.stations());
		// fresh statistics, as a long-running database would have them
		this.jdbc.execute("ANALYZE TABLE organization, rider_station");
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(count("organization WHERE archived_at IS NULL")).isEqualTo(SETTINGS.organizations());
		assertThat(count("rider_station")).isEqualTo(SETTINGS.stations());
		report.data(SETTINGS.organizations(), count("organization WHERE archived_at IS NOT NULL"), SETTINGS.stations(),
				organizations, stations, seconds, SETTINGS.repetitions(), SETTINGS.warmup());
	}

	/**
	 * Loads every list {@code warmup} times, then {@code repetitions} times measured, the
	 * lists taking turns so that a busy moment of the machine spreads over all of them.
	 */
	private void measure(List<QueryCase> cases, BenchReport report) {
		log.info("Loading {} lists, {} warm-up and {} measured loads each", cases.size(), SETTINGS.warmup(),
				SETTINGS.repetitions());
		List<Samples[]> samples = new ArrayList<>();
		long[] matched = new long[cases.size()];
		cases.forEach(c -> samples.add(new Samples[] { new Samples(), new Samples(), new Samples() }));
		for (int round = 0; round < SETTINGS.warmup() + SETTINGS.repetitions(); round++) {
			for (int i = 0; i < cases.size(); i++) {
				QueryCase query = cases.get(i);
				SecurityContextHolder.getContext().setAuthentication(query.user());
				long start = System.nanoTime();
				query.page().get();
				long paged = System.nanoTime();
				matched[i] = query.count().getAsLong();
				long counted = System.nanoTime();
				if (round >= SETTINGS.warmup()) {
					samples.get(i)[0].add(paged - start);
					samples.get(i)[1].add(counted - paged);
					samples.get(i)[2].add(counted - start);
				}
			}
		}
		for (int i = 0; i < cases.size(); i++) {
			QueryCase query = cases.get(i);
			report.query(new QueryResult(query.name(), matched[i], samples.get(i)[0], samples.get(i)[1],
					samples.get(i)[2], (query.pageSql() != null) ? Explain.plan(this.jdbc, query.pageSql()) : null,
					(query.countSql() != null) ? Explain.plan(this.jdbc, query.countSql()) : null));
		}
	}

	/** Signs in as the login form does, with the user's own principal and towns. */
	private Authentication signIn(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/** A brand and trade that few organisations' names share, e.g. 恒达电子. */
	private String rareName() {
		String name = this.jdbc.queryForObject(
				"SELECT name FROM organization WHERE kind = 'ECONOMIC' ORDER BY id DESC" + " LIMIT 1", String.class);
		return String.valueOf(name).replaceFirst("^(平湖市|平湖|浙江|嘉兴)", "").replace("有限公司", "");
	}

	/** The last eight characters of one organisation's credit code. */
	private String codeEnd() {
		String code = this.jdbc.queryForObject("SELECT credit_code FROM organization ORDER BY id DESC LIMIT 1 OFFSET 7",
				String.class);
		return String.valueOf(code).substring(10);
	}

	/** Drops the benchmark's schema at the end, unless {@code MDBENCH_KEEP_SCHEMA=1}. */
	static final class DropsSchema implements AfterAllCallback {

		@Override
		public void afterAll(ExtensionContext context) {
			if ("1".equals(BenchSettings.text("MDBENCH_KEEP_SCHEMA", "0"))) {
				log.info("Keeping schema {}", SETTINGS.schema());
				return;
			}
			BenchSchema.drop(SETTINGS);
		}

	}

	private int count(String table) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
		return (count != null) ? count : 0;
	}

}
