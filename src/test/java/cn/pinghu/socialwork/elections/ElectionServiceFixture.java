package cn.pinghu.socialwork.elections;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the elections' service tests stand on: the services, elections inserted for each
 * test ({@link ElectionTestData}) in a transaction that is rolled back, the events the
 * test published, and the checks of a refused change. Each test class says who it acts as
 * ({@code @WithMockUser}).
 */
@SpringBootTest
@Transactional
@RecordApplicationEvents
abstract class ElectionServiceFixture {

	/** 当湖街道, the seeded coordinator's town. */
	static final long DANGHU = 1;

	/** Town 2, which the seeded coordinator does not have. */
	static final long ZHONGDAI = 2;

	@Autowired
	ElectionStages stages;

	@Autowired
	ElectionFigures figures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MessageSource messages;

	ElectionTestData data;

	LocalDate today;

	@BeforeEach
	void insertElectionsOfToday() {
		this.today = this.figures.today();
		this.data = new ElectionTestData(this.jdbc, this.today);
	}

	/** The action is refused with, among others, the message key; the refusal. */
	ElectionRejectedException assertRejected(Runnable action, String messageKey) {
		ElectionRejectedException[] caught = new ElectionRejectedException[1];
		assertThatExceptionOfType(ElectionRejectedException.class).isThrownBy(action::run).satisfies(ex -> {
			assertThat(ex.messageKeys()).contains(messageKey);
			caught[0] = ex;
		});
		return caught[0];
	}

	/**
	 * The election is as it was inserted: no version, stage, audit row or event moved.
	 */
	void assertUnchanged(long id, ElectionStage stage) {
		assertThat(version(id)).isZero();
		assertThat(stage(id)).isEqualTo(stage.name());
		assertThat(this.figures.history(id)).isEmpty();
		assertThat(this.events.stream(ElectionChanged.class)).isEmpty();
	}

	long version(long id) {
		return this.jdbc.queryForObject("SELECT version FROM community_election WHERE id = ?", Long.class, id);
	}

	String stage(long id) {
		return this.jdbc.queryForObject("SELECT stage FROM community_election WHERE id = ?", String.class, id);
	}

	/** The refusal's messages as a Chinese user reads them. */
	List<String> chinese(ElectionRejectedException rejected) {
		return rejected.rejections()
			.stream()
			.map(r -> this.messages.getMessage(r.messageKey(), r.argumentArray(), Locale.SIMPLIFIED_CHINESE))
			.toList();
	}

}
