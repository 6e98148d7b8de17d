package cn.pinghu.socialwork.requests;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rider requests as cases, on the seeded towns and stations, in a transaction rolled back
 * after each test. The seeded user "coordinator" coordinates 当湖街道 (town 1).
 */
@SpringBootTest
@Transactional
@RecordApplicationEvents
@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
class RiderRequestServiceIT {

	private static final long DANGHU = 1;

	private static final long ZHONGDAI = 2;

	@Autowired
	RiderRequestService requests;

	@Autowired
	RequestFigures figures;

	@Autowired
	PhoneRetentionJob retention;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Value("${console.zone}")
	ZoneId zone;

	@BeforeEach
	void startWithoutRequests() {
		this.jdbc.update("DELETE FROM rider_request");
	}

	@Test
	@WithAnonymousUser
	void a_rider_files_a_request_at_a_station_and_the_case_belongs_to_the_stations_town() {
		Instant before = Instant.now();

		FiledRequest filed = this.requests.file(stationCode(ZHONGDAI),
				new RequestSubmission(RequestCategory.CHARGING, "  充电插座不够用  ", "13812341234"));

		var row = this.jdbc.queryForMap("SELECT * FROM rider_request WHERE id = ?", filed.id());
		assertThat(row.get("town_id")).isEqualTo(ZHONGDAI);
		assertThat(row.get("channel")).isEqualTo("CHECKIN_PAGE");
		assertThat(row.get("status")).isEqualTo("RECEIVED");
		assertThat(row.get("text")).isEqualTo("充电插座不够用");
		assertThat(row.get("phone")).isEqualTo("13812341234");
		Instant replyDue = utc(row.get("reply_due"));
		assertThat(replyDue).isAfter(before.plus(Duration.ofHours(24)));
		assertThat(utc(row.get("close_due"))).isAfter(replyDue);
		assertThat(filed.ratingToken()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(this.events.stream(RiderRequestFiled.class)).containsExactly(
				new RiderRequestFiled(filed.id(), ZHONGDAI, RequestChannel.CHECKIN_PAGE, RequestCategory.CHARGING));
		assertThat(this.jdbc.queryForObject(
				"SELECT changes FROM audit_entry WHERE entity_type = 'RiderRequest' AND entity_id = ?", String.class,
				filed.id()))
			.as("the trail holds the number masked")
			.contains("138****1234")
			.doesNotContain("13812341234");
	}

	@Test
	@WithAnonymousUser
	void bad_input_and_unknown_or_closed_stations_are_refused_with_nothing_stored() {
		String code = stationCode(DANGHU);
		long auditRows = requestAuditRows();
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(
				() -> this.requests.file(code, new RequestSubmission(RequestCategory.OTHER, "字".repeat(501), null)));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.requests.file(code, new RequestSubmission(RequestCategory.OTHER, "   ", null)));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.requests.file(code, new RequestSubmission(null, "没有类别", null)));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.requests.file(code, new RequestSubmission(RequestCategory.OTHER, "号码不对", "12345")));
		assertThatExceptionOfType(RequestRejectedException.class)
			.isThrownBy(() -> this.requests.file("NO-SUCH-STATION",
					new RequestSubmission(RequestCategory.OTHER, "没有这个站点", null)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("requests.rejected.unknown-station"));
		this.jdbc.update("UPDATE rider_station SET status = 'CLOSED' WHERE code = ?", code);
		assertThatExceptionOfType(RequestRejectedException.class)
			.isThrownBy(() -> this.requests.file(code, new RequestSubmission(RequestCategory.OTHER, "站点已关闭", null)));

		assertThat(count()).isZero();
		assertThat(requestAuditRows()).as("audit rows of requests").isEqualTo(auditRows);
	}

	/** The audit rows of requests: other tests of the JVM may have left some. */
	private long requestAuditRows() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'RiderRequest'",
				Long.class);
	}

	@Test
	void the_phone_is_masked_for_administrators_who_may_show_it_in_full_and_that_is_audited() {
		long id = this.requests
			.file(stationCode(ZHONGDAI), new RequestSubmission(RequestCategory.WAGES, "拖欠工资", "13812341234"))
			.id();

		RequestSummary shown = this.requests.request(id);
		assertThat(shown.phone()).isEqualTo("138****1234");
		assertThat(shown.mayAct()).isTrue();
		assertThat(this.requests.showPhone(id)).isEqualTo("13812341234");

		List<AuditEntry> history = this.requests.history(id);
		assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.DISCLOSE, AuditAction.CREATE);
		assertThat(history.get(0).username()).isEqualTo("admin");
	}

	@Test
	@WithMockUser(username = "coordinator", roles = Role.Names.COORDINATOR)
	void a_coordinator_sees_the_masked_number_of_their_towns_cases_and_nothing_of_another_towns() {
		long own = insert(DANGHU, RequestCategory.OTHER, "RECEIVED", ago(1), ago(-20), ago(-100), null, null);
		long other = insert(ZHONGDAI, RequestCategory.OTHER, "RECEIVED", ago(1), ago(-20), ago(-100), null, null);

		assertThat(this.requests.request(own).phone()).isEqualTo("139****5678");
		assertThat(this.requests.requests(RequestFilter.all(), Pageable.unpaged())).extracting(RequestSummary::id)
			.containsExactly(own);
		assertThat(this.requests.countRequests(RequestFilter.all())).isEqualTo(1);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.requests.request(other));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.requests.history(other));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.requests.showPhone(other));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.requests.reply(other, 0, "已收到"));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.requests.close(other, 0, "已解决"));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.requests.fileHotline(new HotlineRequest(ZHONGDAI, null, RequestCategory.OTHER, "热线", null)));
		assertThat(this.jdbc.queryForObject("SELECT status FROM rider_request WHERE id = ?", String.class, other))
			.isEqualTo("RECEIVED");
	}

	@Test
	@WithMockUser(username = "leader", roles = Role.Names.LEADER)
	void a_leader_reads_every_towns_cases_without_their_phone_numbers_and_may_not_show_them() {
		long id = insert(ZHONGDAI, RequestCategory.OTHER, "RECEIVED", ago(1), ago(-20), ago(-100), null, null);

		RequestSummary seen = this.requests.request(id);
		assertThat(seen.phone()).isNull();
		assertThat(seen.hasPhone()).isTrue();
		assertThat(seen.mayAct()).isFalse();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.requests.showPhone(id));
	}

	@Test
	@WithMockUser(username = "coordinator", roles = Role.Names.COORDINATOR)
	void a_case_is_replied_once_then_closed_and_each_step_is_in_its_history() {
		long id = this.requests
			.fileHotline(new HotlineRequest(DANGHU, null, RequestCategory.TRAFFIC, "商场门口不能停车", "0573-85123456"))
			.id();
		assertThat(this.requests.request(id).channel()).isEqualTo(RequestChannel.HOTLINE);

		RequestSummary replied = this.requests.reply(id, 0, "已联系交警");
		assertThat(replied.status()).isEqualTo(RequestStatus.REPLIED);
		assertThat(replied.repliedBy()).isEqualTo("coordinator");
		assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> this.requests.close(id, 0, "已解决"));
		assertThatExceptionOfType(RequestRejectedException.class)
			.isThrownBy(() -> this.requests.reply(id, replied.version(), "再次回应"));

		RequestSummary closed = this.requests.close(id, replied.version(), "已划定临时停车区");
		assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(closed.signal()).isEqualTo(Signal.GREEN);
		assertThatExceptionOfType(RequestRejectedException.class)
			.isThrownBy(() -> this.requests.close(id, closed.version(), "又办结"));
		assertThat(this.requests.history(id)).extracting(AuditEntry::action)
			.containsExactly(AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE);
		assertThat(this.events.stream(RiderRequestChanged.class)).extracting(Object::getClass)
			.containsExactly(RiderRequestFiled.class, RiderRequestReplied.class, RiderRequestClosed.class);
	}

	@Test
	void closing_a_case_without_a_reply_records_the_outcome_as_its_reply_and_the_rider_rates_it_once() {
		FiledRequest filed = this.requests.file(stationCode(DANGHU),
				new RequestSubmission(RequestCategory.MEALS, "微波炉坏了", null));
		assertThatExceptionOfType(RequestRejectedException.class)
			.isThrownBy(() -> this.requests.rate(filed.ratingToken(), 5));

		RequestSummary closed = this.requests.close(filed.id(), 0, "已更换微波炉");
		assertThat(closed.replyText()).isEqualTo("已更换微波炉");
		assertThat(closed.repliedAt()).isEqualTo(closed.closedAt());

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.requests.rate(filed.ratingToken(), 6));
		this.requests.rate(filed.ratingToken(), 5);
		assertThat(this.requests.request(filed.id()).rating()).isEqualTo(5);
		assertThatExceptionOfType(RequestRejectedException.class)
			.isThrownBy(() -> this.requests.rate(filed.ratingToken(), 4));
		assertThatExceptionOfType(RequestRejectedException.class).isThrownBy(() -> this.requests.rate("wrong", 4));
	}

	@Test
	void overdue_cases_come_first_then_open_ones_by_their_deadline_then_closed_ones() {
		long closed = insert(DANGHU, RequestCategory.OTHER, "CLOSED", ago(200), ago(180), ago(40), ago(190), ago(100));
		long dueLater = insert(DANGHU, RequestCategory.OTHER, "RECEIVED", ago(1), ago(-30), ago(-160), null, null);
		long dueSooner = insert(DANGHU, RequestCategory.OTHER, "RECEIVED", ago(1), ago(-10), ago(-160), null, null);
		long overdue = insert(DANGHU, RequestCategory.OTHER, "RECEIVED", ago(30), ago(5), ago(-130), null, null);

		assertThat(this.requests.requests(RequestFilter.all(), Pageable.unpaged())).extracting(RequestSummary::id)
			.containsExactly(overdue, dueSooner, dueLater, closed);
		assertThat(this.requests.request(overdue).overdue()).isTrue();
		assertThat(this.requests.request(overdue).signal()).isEqualTo(Signal.RED);
	}

	/**
	 * The hand-built set of the figures' Javadoc: six cases of 当湖街道, hours relative to
	 * now.
	 */
	@Test
	void the_reply_rate_and_the_closed_on_time_rate_count_the_cases_that_were_due() {
		Instant today = Instant.now().atZone(this.zone).toLocalDate().atStartOfDay(this.zone).toInstant();
		// replied and closed on time, in 6 days
		insert(DANGHU, RequestCategory.WAGES, "CLOSED", ago(240), ago(216), ago(72), ago(228), ago(96));
		// replied and closed late, in 8 days
		insert(DANGHU, RequestCategory.WAGES, "CLOSED", ago(240), ago(216), ago(72), ago(192), ago(48));
		// no reply, its deadline passed: overdue
		insert(DANGHU, RequestCategory.TRAFFIC, "RECEIVED", ago(120), ago(96), ago(-48), null, null);
		// received today, nothing due yet
		Instant todayReceived = today;
		insert(DANGHU, RequestCategory.OTHER, "RECEIVED", todayReceived, todayReceived.plus(Duration.ofDays(2)),
				todayReceived.plus(Duration.ofDays(8)), null, null);
		// replied on time, closure not due yet
		Instant receivedThreeDaysAgo = ago(72);
		insert(DANGHU, RequestCategory.OTHER, "REPLIED", receivedThreeDaysAgo, ago(48), ago(-96), ago(70), null);
		// replied on time, its closure deadline passed: overdue
		insert(DANGHU, RequestCategory.OTHER, "REPLIED", ago(480), ago(456), ago(312), ago(468), null);

		RequestFigureSet set = this.figures.figures();

		assertThat(set.replyRate()).isEqualTo(new RequestRate(3, 5));
		assertThat(set.replyRate().percent()).isEqualByComparingTo("60");
		assertThat(set.closedOnTimeRate()).isEqualTo(new RequestRate(1, 3));
		assertThat(set.open()).isEqualTo(4);
		assertThat(set.overdue()).isEqualTo(2);
		assertThat(set.averageDaysToClose()).isEqualByComparingTo(BigDecimal.valueOf(7));
		assertThat(set.receivedToday()).isEqualTo(1);
		Instant monday = Instant.now()
			.atZone(this.zone)
			.toLocalDate()
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.atStartOfDay(this.zone)
			.toInstant();
		assertThat(set.receivedThisWeek()).isEqualTo(receivedThreeDaysAgo.isBefore(monday) ? 1 : 2);
		assertThat(set.byCategory()).contains(new CategoryRequests(RequestCategory.WAGES, 2, 0),
				new CategoryRequests(RequestCategory.TRAFFIC, 1, 1), new CategoryRequests(RequestCategory.OTHER, 3, 3));
		assertThat(set.byTown()).filteredOn(town -> town.townId() == DANGHU).singleElement().satisfies(town -> {
			assertThat(town.received()).isEqualTo(6);
			assertThat(town.replyRate()).isEqualTo(new RequestRate(3, 5));
			assertThat(town.closedOnTimeRate()).isEqualTo(new RequestRate(1, 3));
		});
		assertThat(set.byTown()).filteredOn(town -> town.townId() == ZHONGDAI)
			.singleElement()
			.satisfies(town -> assertThat(town.received()).isZero());
	}

	@Test
	void the_nightly_job_removes_the_numbers_of_cases_closed_more_than_two_years_ago() {
		Instant twoYearsAgo = Instant.now().atZone(this.zone).minusYears(2).toInstant();
		long old = insert(DANGHU, RequestCategory.OTHER, "CLOSED", twoYearsAgo.minus(Duration.ofDays(10)),
				twoYearsAgo.minus(Duration.ofDays(9)), twoYearsAgo.minus(Duration.ofDays(3)),
				twoYearsAgo.minus(Duration.ofDays(9)), twoYearsAgo.minus(Duration.ofDays(1)));
		long recent = insert(DANGHU, RequestCategory.OTHER, "CLOSED", twoYearsAgo.minus(Duration.ofDays(5)),
				twoYearsAgo.minus(Duration.ofDays(4)), twoYearsAgo.plus(Duration.ofDays(2)),
				twoYearsAgo.minus(Duration.ofDays(4)), twoYearsAgo.plus(Duration.ofDays(1)));
		long open = insert(DANGHU, RequestCategory.OTHER, "RECEIVED", twoYearsAgo.minus(Duration.ofDays(5)),
				twoYearsAgo.minus(Duration.ofDays(4)), twoYearsAgo.plus(Duration.ofDays(2)), null, null);

		this.retention.removeExpiredPhones();

		assertThat(phone(old)).isNull();
		assertThat(phone(recent)).isEqualTo("13912345678");
		assertThat(phone(open)).isEqualTo("13912345678");
		assertThat(this.requests.history(old)).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE);
	}

	private String stationCode(long town) {
		return this.jdbc.queryForObject("SELECT code FROM rider_station WHERE town_id = ? AND status = 'OPEN' "
				+ "AND archived_at IS NULL ORDER BY id LIMIT 1", String.class, town);
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM rider_request", Long.class);
	}

	private @Nullable String phone(long id) {
		return this.jdbc.queryForObject("SELECT phone FROM rider_request WHERE id = ?", String.class, id);
	}

	private static Instant ago(long hours) {
		return Instant.now().minus(Duration.ofHours(hours));
	}

	private static Instant utc(@Nullable Object value) {
		LocalDateTime local = (value instanceof Timestamp timestamp) ? timestamp.toLocalDateTime()
				: (LocalDateTime) value;
		return local.toInstant(ZoneOffset.UTC);
	}

	private long insert(long town, RequestCategory category, String status, Instant received, Instant replyDue,
			Instant closeDue, @Nullable Instant repliedAt, @Nullable Instant closedAt) {
		this.jdbc.update("""
				INSERT INTO rider_request (town_id, channel, category, text, phone, status, received_at, reply_due,
				    close_due, replied_at, reply_text, closed_at, outcome, rating_token, version)
				VALUES (?, 'HOTLINE', ?, '测试诉求', '13912345678', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", town, category.name(),
				status, utc(received), utc(replyDue), utc(closeDue), utc(repliedAt), (repliedAt != null) ? "已回应" : null,
				utc(closedAt), (closedAt != null) ? "已办结" : null, UUID.randomUUID().toString().substring(0, 30));
		return this.jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
	}

	private static @Nullable LocalDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

}
