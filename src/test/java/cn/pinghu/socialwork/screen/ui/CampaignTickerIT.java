package cn.pinghu.socialwork.screen.ui;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import cn.pinghu.socialwork.organizations.TestPartyOrganizations;
import cn.pinghu.socialwork.coverage.ActivityKind;
import cn.pinghu.socialwork.coverage.BranchActivityDraft;
import cn.pinghu.socialwork.coverage.BranchActivityService;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageNews;
import cn.pinghu.socialwork.elections.Education;
import cn.pinghu.socialwork.elections.ElectedMember;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionNews;
import cn.pinghu.socialwork.elections.ElectionResults;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.ElectionStages;
import cn.pinghu.socialwork.elections.ElectionTestData;
import cn.pinghu.socialwork.elections.PartyAttendance;
import cn.pinghu.socialwork.elections.Sex;
import cn.pinghu.socialwork.elections.StageCompletion;
import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.CreditCode;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CampaignTickerIT extends KaribuSupport {

	private static final long DANGHU = 1;

	/** A display that no revocation concerns. */
	private static final long UNKNOWN_DISPLAY = 987_654_323L;

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	@Autowired
	ElectionFigures elections;

	@Autowired
	ElectionStages stages;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BranchActivityService activities;

	private final List<Long> inserted = new ArrayList<>();

	private @Nullable Long organization;

	@AfterEach
	void removeTheInsertedRows() {
		// the screens read the changes again before their rows go
		letTheFeedCatchUp();
		ElectionTestData data = new ElectionTestData(this.jdbc, ElectionTestData.today());
		this.inserted.forEach(data::delete);
		if (this.organization != null) {
			TestPartyOrganizations.delete(this.jdbc, this.organization);
		}
	}

	@Test
	void a_stage_completed_shows_first_on_the_ticker_of_every_screen_when_it_commits() {
		long id = new ElectionTestData(this.jdbc, ElectionTestData.today()).election(DANGHU, ElectionStage.HANDOVER);
		this.inserted.add(id);
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(StationScreenView.class);
		CampaignTicker ticker = _get(CampaignTicker.class);

		var completed = this.stages
			.completeStage(StageCompletion.of(id, 0, ElectionStage.HANDOVER, this.elections.today())
				.withResults(new ElectionResults(7, 5, true, 2, 3, 1, new BigDecimal("42.5"), 6, 1)));

		String expected = "当湖街道 " + completed.communityName() + " 完成工作移交";
		// The change reaches the screen from the outbox, a moment after its commit.
		await().pollInSameThread().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
			MockVaadin.runUIQueue();
			assertThat(ticker.texts()).first().isEqualTo(expected);
		});
		assertThat(ticker.texts()).hasSizeLessThanOrEqualTo(CampaignTicker.LATEST);

		UI.getCurrent().navigate(CoverageScreenView.class);
		assertThat(_get(CampaignTicker.class).texts()).first().isEqualTo(expected);
		UI.getCurrent().navigate(ElectionScreenView.class);
		assertThat(_get(CampaignTicker.class).texts()).first().isEqualTo(expected);
	}

	@Test
	void a_failed_vote_is_announced_as_a_re_vote_and_open_seats_as_a_supplementary_vote() {
		ElectionTestData data = new ElectionTestData(this.jdbc, ElectionTestData.today());
		long failing = data.election(DANGHU, ElectionStage.VOTING);
		long shortOfSeats = data.election(DANGHU, ElectionStage.VOTING);
		this.inserted.add(failing);
		this.inserted.add(shortOfSeats);
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(StationScreenView.class);
		CampaignTicker ticker = _get(CampaignTicker.class);

		// 《村民委员会组织法》第十五条: 500 of 1000 is not more than half; 5 of 7 seats filled
		var failed = this.stages.completeStage(
				StageCompletion.of(failing, 0, ElectionStage.VOTING, this.elections.today()).withBallotsCast(500));
		var open = this.stages.completeStage(
				StageCompletion.of(shortOfSeats, 0, ElectionStage.VOTING, this.elections.today()).withVote(900, 5));

		await().pollInSameThread().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
			MockVaadin.runUIQueue();
			assertThat(ticker.texts()).startsWith("当湖街道 " + open.communityName() + " 当选人数不足，须另行选举",
					"当湖街道 " + failed.communityName() + " 参加投票未过半，须重新选举");
		});
	}

	/**
	 * 《中国共产党基层组织选举工作条例》: "有选举权的到会人数超过应到会人数的五分之四，会议有效"; 40 of 50 is not more.
	 */
	@Test
	void a_party_election_completed_and_an_invalid_party_meeting_are_announced() {
		ElectionTestData data = new ElectionTestData(this.jdbc, ElectionTestData.today());
		long invalid = data.election(DANGHU, ElectionStage.PARTY_ELECTION);
		long valid = data.election(DANGHU, ElectionStage.PARTY_ELECTION);
		this.inserted.add(invalid);
		this.inserted.add(valid);
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(StationScreenView.class);
		CampaignTicker ticker = _get(CampaignTicker.class);

		var heldAgain = this.stages
			.completeStage(StageCompletion.of(invalid, 0, ElectionStage.PARTY_ELECTION, this.elections.today())
				.withPartyElection(new PartyAttendance(50, 40, 5), List.of()));
		var elected = this.stages
			.completeStage(StageCompletion.of(valid, 0, ElectionStage.PARTY_ELECTION, this.elections.today())
				.withPartyElection(new PartyAttendance(50, 45, 5),
						List.of(new ElectedMember("张建国", Sex.MALE, 46, Education.BACHELOR, true, 44))));

		await().pollInSameThread().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
			MockVaadin.runUIQueue();
			assertThat(ticker.texts()).startsWith("当湖街道 " + elected.communityName() + " 完成党组织换届选举",
					"当湖街道 " + heldAgain.communityName() + " 党员大会到会人数未超过五分之四，须重新召开");
		});
	}

	@Test
	void a_branch_activity_shows_first_on_the_ticker_when_it_commits() {
		login("coordinator", Role.Names.COORDINATOR);
		LocalDate today = this.coverage.today();
		this.organization = insertBranch(DANGHU, today.minusDays(200));
		UI.getCurrent().navigate(CoverageScreenView.class);
		CampaignTicker ticker = _get(CampaignTicker.class);

		this.activities.record(new BranchActivityDraft(this.organization, today, ActivityKind.THREE_MEETINGS, 12));

		await().pollInSameThread().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
			MockVaadin.runUIQueue();
			assertThat(ticker.texts()).first().isEqualTo("当湖街道 大屏测试有限公司 开展三会一课");
		});
	}

	@Test
	void a_display_reads_the_latest_events() {
		ScreenLogins.signInAsDisplay(new AuthenticatedDisplay(UNKNOWN_DISPLAY, "测试大屏"));

		List<ElectionNews> elections = this.elections.latestNews(CampaignTicker.LATEST);
		List<CoverageNews> coverage = this.coverage.latestNews(CampaignTicker.LATEST);

		assertThat(elections).hasSizeLessThanOrEqualTo(CampaignTicker.LATEST)
			.isSortedAccordingTo((a, b) -> Long.compare(b.outboxId(), a.outboxId()));
		assertThat(coverage).hasSizeLessThanOrEqualTo(CampaignTicker.LATEST)
			.isSortedAccordingTo((a, b) -> Long.compare(b.outboxId(), a.outboxId()));
	}

	private long insertBranch(long townId, LocalDate formedOn) {
		StringBuilder body = new StringBuilder("91330482W");
		for (int i = 0; i < 8; i++) {
			body.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
		}
		String code = body + String.valueOf(CreditCode.checkCharacter(body.toString()));
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					INSERT INTO organization (name, credit_code, kind, industry, town_id, address, employees,
					    full_members, branch_form, branch_name, branch_formed_on, branch_members, status)
					VALUES ('大屏测试有限公司', ?, 'ECONOMIC', '测试行业', ?, '测试地址', 50, 3, 'JOINT', '测试支部', ?, 3, 'ACTIVE')""",
					java.sql.Statement.RETURN_GENERATED_KEYS);
			statement.setString(1, code);
			statement.setLong(2, townId);
			statement.setObject(3, formedOn);
			return statement;
		}, keys);
		long id = keys.getKey().longValue();
		TestPartyOrganizations.cover(this.jdbc, id);
		return id;
	}

}
