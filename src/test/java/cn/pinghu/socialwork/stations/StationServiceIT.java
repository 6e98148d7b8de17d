package cn.pinghu.socialwork.stations;

import java.math.BigDecimal;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import cn.pinghu.socialwork.visits.VisitService;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static cn.pinghu.socialwork.stations.TestStations.draft;
import static cn.pinghu.socialwork.stations.TestStations.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class StationServiceIT {

	/** 当湖街道, the demo coordinator's town. */
	private static final long DANGHU = 1L;

	private static final long ZHONGDAI = 2L;

	/** A community of 当湖街道 and one of 钟埭街道 in the seeds. */
	private static final long DANGHU_COMMUNITY = 1L;

	private static final String ZHONGDAI_COMMUNITY_CODE = "T02001";

	@Autowired
	StationService stations;

	@Autowired
	VisitService visits;

	@Autowired
	JdbcTemplate jdbc;

	private TestStations created;

	@BeforeEach
	void setUp() {
		this.created = new TestStations(this.jdbc);
	}

	@AfterEach
	void tearDown() {
		SecurityContextHolder.clearContext();
		this.created.deleteAll();
	}

	@Test
	void creating_updating_archiving_and_restoring_write_one_audit_row_each() {
		signIn("admin", "ADMIN");
		StationDetails station = this.created.track(this.stations.createStation(draft(DANGHU)));
		StationDraft edit = StationDraft.of(station);
		edit.setName("改名驿站");
		edit.setCommunityId(DANGHU_COMMUNITY);
		edit.setLatitude(new BigDecimal("30.7012340"));
		StationDetails updated = this.stations.updateStation(station.id(), edit);
		StationDetails archived = this.stations.archiveStation(updated.id(), updated.version());
		StationDetails restored = this.stations.restoreStation(archived.id(), archived.version());

		assertThat(archived.archived()).isTrue();
		assertThat(archived.status()).isEqualTo(StationStatus.CLOSED);
		assertThat(restored.archived()).isFalse();
		assertThat(restored.status()).isEqualTo(StationStatus.CLOSED);
		var history = this.stations.stationHistory(station.id());
		assertThat(history).extracting(AuditEntry::action)
			.containsExactly(AuditAction.UPDATE, AuditAction.ARCHIVE, AuditAction.UPDATE, AuditAction.CREATE);
		assertThat(history.get(2).changes()).containsExactly(new FieldChange("name", "测试驿站", "改名驿站"),
				new FieldChange("communityId", null, String.valueOf(DANGHU_COMMUNITY)));
		assertThat(history.get(1).changes()).extracting(FieldChange::field).containsExactly("status", "archivedAt");
		assertThat(history.get(3).changes()).extracting(FieldChange::field)
			.contains("code", "name", "townId", "latitude", "facilities", "status", "capacity");
	}

	@Test
	void a_coordinator_is_refused_another_towns_station_and_nothing_changes() {
		signIn("admin", "ADMIN");
		StationDetails other = this.created.track(this.stations.createStation(draft(ZHONGDAI)));
		StationDraft rename = StationDraft.of(other);
		rename.setName("协调员改的名");
		signIn("coordinator", "COORDINATOR");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.stations.updateStation(other.id(), rename));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.stations.archiveStation(other.id(), other.version()));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.stations.createStation(draft(ZHONGDAI)));
		assertThat(this.stations.mayEdit(other)).isFalse();

		signIn("admin", "ADMIN");
		assertThat(this.stations.station(other.id())).isEqualTo(other);
		assertThat(this.stations.stationHistory(other.id())).hasSize(1);
	}

	@Test
	void a_coordinator_changes_a_station_of_their_town_but_cannot_move_it_away() {
		signIn("coordinator", "COORDINATOR");
		StationDetails own = this.created.track(this.stations.createStation(draft(DANGHU)));
		StationDraft moved = StationDraft.of(own);
		moved.setTownId(ZHONGDAI);

		assertThat(this.stations.mayEdit(own)).isTrue();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.stations.updateStation(own.id(), moved));
		assertThat(this.stations.station(own.id()).townId()).isEqualTo(DANGHU);
	}

	@Test
	void a_leader_reads_but_changes_nothing() {
		signIn("leader", "LEADER");

		Slice<StationDetails> first = this.stations.stations(StationFilter.inUse(), PageRequest.of(0, 10));
		assertThat(first).hasSize(10);
		assertThat(first.hasNext()).isTrue();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.stations.createStation(draft(DANGHU)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.stations.rotateApiKey(1L));
	}

	@Test
	void a_code_in_use_is_refused_at_the_code_field_and_nothing_is_stored() {
		signIn("admin", "ADMIN");
		StationDraft taken = draft(DANGHU);
		taken.setCode("RS001");
		long before = count();

		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.stations.createStation(taken))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("code"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void coordinates_outside_pinghu_and_malformed_hours_are_refused() {
		signIn("admin", "ADMIN");
		StationDraft north = draft(DANGHU);
		north.setLatitude(new BigDecimal("31.2"));
		StationDraft west = draft(DANGHU);
		west.setLongitude(new BigDecimal("120.5"));
		StationDraft hours = draft(DANGHU);
		hours.setOpeningHours("早八点");
		long before = count();

		// The demo region is the Pinghu region pack: its outline's box is 30.58–30.86 N,
		// 120.88–121.27 E.
		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.stations.createStation(north))
			.satisfies(ex -> {
				assertThat(ex.field()).isEqualTo("latitude");
				assertThat(ex.messageKey()).isEqualTo("stations.validation.latitude-outside");
				assertThat(ex.arguments()).containsExactly("平湖市", "30.58", "30.86");
			});
		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.stations.createStation(west))
			.satisfies(ex -> {
				assertThat(ex.field()).isEqualTo("longitude");
				assertThat(ex.messageKey()).isEqualTo("stations.validation.longitude-outside");
			});
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.stations.createStation(hours))
			.withMessageContaining("stations.validation.hours-pattern");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void a_community_of_another_town_is_refused() {
		signIn("admin", "ADMIN");
		long zhongdaiCommunity = this.jdbc.queryForObject("SELECT id FROM community WHERE code = ?", Long.class,
				ZHONGDAI_COMMUNITY_CODE);
		StationDraft wrong = draft(DANGHU);
		wrong.setCommunityId(zhongdaiCommunity);
		long before = count();

		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.stations.createStation(wrong))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("communityId"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void a_stale_version_is_refused_and_nothing_is_overwritten() {
		signIn("admin", "ADMIN");
		StationDetails station = this.created.track(this.stations.createStation(draft(DANGHU)));
		StationDraft first = StationDraft.of(station);
		StationDraft second = StationDraft.of(station);
		first.setName("先保存的名称");
		this.stations.updateStation(station.id(), first);
		second.setName("后保存的名称");

		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.stations.updateStation(station.id(), second));
		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.stations.archiveStation(station.id(), station.version()));
		assertThat(this.stations.station(station.id()).name()).isEqualTo("先保存的名称");
		assertThat(this.stations.stationHistory(station.id())).hasSize(2);
	}

	@Test
	void a_station_with_visits_is_archived_and_keeps_its_visits() {
		signIn("admin", "ADMIN");
		StationDetails station = this.created.track(this.stations.createStation(draft(DANGHU)));
		this.jdbc.update("""
				INSERT INTO station_visit (station_id, occurred_at, worker_kind, idempotency_key, received_at)
				VALUES (?, UTC_TIMESTAMP(6), 'DELIVERY', 'archive-test', UTC_TIMESTAMP(6))""", station.id());

		assertThat(this.visits.hasVisits(station.id())).isTrue();
		long inUse = this.stations.counts().total();
		this.stations.archiveStation(station.id(), station.version());

		assertThat(this.stations.counts().total()).as("the screens' station total leaves it out").isEqualTo(inUse - 1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM station_visit WHERE station_id = ?", Long.class,
				station.id()))
			.isEqualTo(1);
		assertThat(this.stations.stations(new StationFilter(station.code(), null, null, false), PageRequest.of(0, 5)))
			.isEmpty();
		assertThat(this.stations.stations(new StationFilter(station.code(), null, null, true), PageRequest.of(0, 5)))
			.extracting(StationDetails::id)
			.containsExactly(station.id());
	}

	@Test
	void the_list_filters_by_town_and_status_and_searches_addresses() {
		signIn("leader", "LEADER");

		var suspended = this.stations.stations(new StationFilter(null, null, StationStatus.SUSPENDED, false),
				PageRequest.of(0, 200));
		assertThat(suspended.getContent()).isNotEmpty()
			.allSatisfy(station -> assertThat(station.status()).isEqualTo(StationStatus.SUSPENDED));
		assertThat(this.stations.stations(new StationFilter("环城北路", DANGHU, null, false), PageRequest.of(0, 10)))
			.extracting(StationDetails::code)
			.contains("RS001");
		assertThat(this.stations.stations(new StationFilter(null, ZHONGDAI, null, false), PageRequest.of(0, 200)))
			.allSatisfy(station -> assertThat(station.townId()).isEqualTo(ZHONGDAI));
		assertThat(this.stations.countStations(new StationFilter(null, null, StationStatus.SUSPENDED, false)))
			.isEqualTo(suspended.getNumberOfElements());
		assertThat(this.stations.countStations(StationFilter.inUse())).isEqualTo(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM rider_station WHERE archived_at IS NULL", Long.class));
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM rider_station", Long.class);
	}

}
