package cn.pinghu.socialwork.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Administrators open and close drives from the console. Each test runs in a transaction
 * that is rolled back; a production install (no demo seeds) is the seeded database with
 * its drive rows deleted in that transaction.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
class DriveLifecycleServiceIT {

	@Autowired
	DriveLifecycleService lifecycle;

	@Autowired
	CoverageDriveService drives;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	CoverageTrendService trend;

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	private final DriveDraft draft = new DriveDraft(" 2027年“两个覆盖”集中攻坚 ", LocalDate.of(2027, 1, 1),
			LocalDate.of(2027, 12, 31), 20, 40);

	@BeforeEach
	void setUp() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void restore() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void a_second_open_drive_is_refused_since_one_drive_is_open_at_a_time() {
		DriveSettings open = this.drives.current().orElseThrow();
		long drivesBefore = drivesStored();

		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.lifecycle.open(this.draft))
			.satisfies(ex -> {
				assertThat(ex.messageKey()).isEqualTo("coverage.rejected.drive-already-open");
				assertThat(ex.arguments()).containsExactly(open.name());
			});

		assertThat(drivesStored()).isEqualTo(drivesBefore);
		assertThat(this.drives.current().orElseThrow().id()).isEqualTo(open.id());
	}

	@Test
	void an_install_without_demo_data_opens_its_first_drive_from_the_console() {
		this.jdbc.update("DELETE FROM coverage_snapshot");
		this.jdbc.update("DELETE FROM coverage_target");
		this.jdbc.update("DELETE FROM coverage_drive");
		assertThat(this.drives.current()).isEmpty();
		assertThat(this.coverage.overview()).isEmpty();
		assertThat(this.trend.trend(7, null)).isEmpty();
		long eventsBefore = driveEvents();

		long id = this.lifecycle.open(this.draft);

		DriveSettings opened = this.drives.current().orElseThrow();
		assertThat(opened.id()).isEqualTo(id);
		assertThat(opened.name()).isEqualTo("2027年“两个覆盖”集中攻坚");
		assertThat(opened.economicThreshold()).isEqualTo(20);
		assertThat(opened.targets()).allMatch(target -> target.version() == null);
		CoverageOverview overview = this.coverage.overview().orElseThrow();
		assertThat(overview.drive().name()).isEqualTo(opened.name());
		assertThat(overview.towns()).isNotEmpty().allMatch(town -> town.signal() == null);
		List<AuditEntry> trail = this.audit.history(CoverageDriveService.DRIVE, id);
		assertThat(trail).singleElement().extracting(AuditEntry::action).isEqualTo(AuditAction.CREATE);
		assertThat(driveEvents()).isEqualTo(eventsBefore + 1);

		TargetSettings town = opened.targets().get(0);
		this.drives.setTarget(new TargetChange(id, town.townId(), null, new BigDecimal("40"), new BigDecimal("80"),
				LocalDate.of(2027, 6, 30)));
		assertThat(this.coverage.overview().orElseThrow().towns().get(0).target()).isNotNull();
	}

	@Test
	void a_closed_drive_leaves_no_drive_under_way_and_is_kept_as_it_was() {
		DriveSettings open = this.drives.current().orElseThrow();
		long eventsBefore = driveEvents();

		this.lifecycle.close(open.id(), open.version());

		assertThat(this.drives.current()).isEmpty();
		assertThat(this.coverage.overview()).isEmpty();
		assertThat(this.coverage.openDrive()).isEmpty();
		assertThat(this.audit.history(CoverageDriveService.DRIVE, open.id())).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).extracting("field").containsExactly("closedAt"));
		assertThat(driveEvents()).isEqualTo(eventsBefore + 1);
		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.drives.updateDrive(new DriveChange(open.id(), open.version() + 1,
					new DriveDraft("改名", open.startsOn(), open.endsOn(), 10, 30))))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.drive-closed"));
		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.lifecycle.close(open.id(), open.version() + 1));
	}

	@Test
	void a_stale_close_changes_nothing() {
		DriveSettings open = this.drives.current().orElseThrow();

		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.lifecycle.close(open.id(), open.version() + 1));

		assertThat(this.drives.current()).isPresent();
	}

	@Test
	void the_trend_of_a_new_drive_joins_none_of_the_closed_drives_snapshots() {
		DriveSettings old = this.drives.current().orElseThrow();
		assertThat(this.trend.trend(7, null)).hasSize(7);
		this.lifecycle.close(old.id(), old.version());

		this.lifecycle.open(this.draft);

		assertThat(this.trend.trend(7, null)).singleElement()
			.extracting(DailyCoverage::day)
			.isEqualTo(this.coverage.today());
	}

	private long drivesStored() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM coverage_drive", Long.class);
	}

	private long driveEvents() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM domain_event WHERE type = ?", Long.class,
				CoverageDriveEdited.class.getSimpleName());
	}

}
