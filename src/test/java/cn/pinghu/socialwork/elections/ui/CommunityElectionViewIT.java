package cn.pinghu.socialwork.elections.ui;

import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.elections.Education;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.ElectionTestData;
import cn.pinghu.socialwork.elections.Sex;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class CommunityElectionViewIT extends KaribuSupport {

	private static final long DANGHU = 1;

	private static final long ZHONGDAI = 2;

	@Autowired
	ElectionFigures elections;

	@Autowired
	JdbcTemplate jdbc;

	private final List<Long> inserted = new ArrayList<>();

	@AfterEach
	void removeTheInsertedElections() {
		// the views read the changed elections again before their rows go
		letTheFeedCatchUp();
		ElectionTestData data = new ElectionTestData(this.jdbc, ElectionTestData.today());
		this.inserted.forEach(data::delete);
	}

	@Test
	void a_broken_rule_shows_at_its_field_in_chinese_and_enter_saves_once_it_is_fixed() {
		long id = insert(DANGHU, ElectionStage.NOMINATION);
		login("coordinator", Role.Names.COORDINATOR);
		CommunityElectionView view = open(id);
		assertThat(view.stage.getText()).startsWith("当前阶段：候选人提名");

		ButtonKt._click(view.advance);
		StageForm form = view.form;
		assertThat(form.isVisible()).isTrue();
		assertThat(form.candidates.isVisible()).isTrue();
		assertThat(form.ballotsCast.isVisible()).isFalse();
		assertThat(form.completedOn.getValue()).isEqualTo(this.elections.today());
		HasValueUtilsKt._setValue(form.candidates, 7);
		HasValueUtilsKt._setValue(form.seats, 7);
		ShortcutsKt._fireShortcut(form.getContent(), Key.ENTER);

		HasValidationUtilsKt._expectInvalid(form.candidates, "候选人数须多于应选名额 7 人（差额选举）。");
		assertThat(form.isVisible()).isTrue();
		assertThat(this.elections.election(id).version()).isZero();

		HasValueUtilsKt._setValue(form.candidates, 9);
		ShortcutsKt._fireShortcut(form.getContent(), Key.ENTER);

		assertThat(form.isVisible()).isFalse();
		assertThat(this.elections.election(id).stage()).isEqualTo(ElectionStage.VOTING);
		assertThat(view.stage.getText()).startsWith("当前阶段：投票选举");
		assertThat(view.figures.getText()).contains("候选人：9", "应选名额：7");
	}

	/**
	 * 《中国共产党基层组织选举工作条例》: "有选举权的到会人数超过应到会人数的五分之四，会议有效"; "被选举人获得的赞成票超过应到会有选举权人数的半数，始得当选".
	 */
	@Test
	void a_coordinator_records_the_party_election_member_by_member() {
		long id = insert(DANGHU, ElectionStage.PARTY_ELECTION);
		login("coordinator", Role.Names.COORDINATOR);
		CommunityElectionView view = open(id);
		assertThat(view.stage.getText()).startsWith("当前阶段：党组织换届选举");

		ButtonKt._click(view.advance);
		MembersField members = view.form.members;
		assertThat(members.isVisible()).isTrue();
		assertThat(members.membersExpected.isVisible()).isTrue();
		assertThat(view.form.ballotsCast.isVisible()).isFalse();
		HasValueUtilsKt._setValue(members.membersExpected, 50);
		HasValueUtilsKt._setValue(members.membersPresent, 45);
		HasValueUtilsKt._setValue(members.partySeats, 5);
		fill(members.rows.get(0), "张建国", 25, true);
		ButtonKt._click(view.form.save);

		assertThat(members.error.getText()).contains("第 1 位成员张建国：赞成票 25 张，未超过应到会有选举权人数 50 人的半数，不能当选");
		assertThat(this.elections.election(id).version()).isZero();

		HasValueUtilsKt._setValue(members.rows.get(0).votesFor(), 44);
		fill(members.addRow(), "李秀英", 40, false);
		ButtonKt._click(view.form.save);

		assertThat(view.form.isVisible()).isFalse();
		assertThat(view.stage.getText()).startsWith("当前阶段：选举委员会");
		assertThat(view.party.getText()).contains("应到会有选举权党员 50 人，实到 45 人", "张建国", "书记", "李秀英");
	}

	private static void fill(MembersField.Row row, String name, int votesFor, boolean secretary) {
		HasValueUtilsKt._setValue(row.name(), name);
		HasValueUtilsKt._setValue(row.sex(), Sex.MALE);
		HasValueUtilsKt._setValue(row.age(), 45);
		HasValueUtilsKt._setValue(row.education(), Education.BACHELOR);
		HasValueUtilsKt._setValue(row.secretary(), secretary);
		HasValueUtilsKt._setValue(row.votesFor(), votesFor);
	}

	@Test
	void escape_closes_the_form_and_stores_nothing() {
		long id = insert(DANGHU, ElectionStage.VOTING);
		login("coordinator", Role.Names.COORDINATOR);
		CommunityElectionView view = open(id);

		ButtonKt._click(view.advance);
		HasValueUtilsKt._setValue(view.form.ballotsCast, 900);
		ShortcutsKt._fireShortcut(view.form.getContent(), Key.ESCAPE);

		assertThat(view.form.isVisible()).isFalse();
		assertThat(view.advance.isVisible()).isTrue();
		assertThat(this.elections.election(id).version()).isZero();
	}

	@Test
	void a_vote_of_too_few_voters_shows_the_re_vote() {
		long id = insert(DANGHU, ElectionStage.VOTING);
		login("coordinator", Role.Names.COORDINATOR);
		CommunityElectionView view = open(id);

		ButtonKt._click(view.advance);
		HasValueUtilsKt._setValue(view.form.ballotsCast, 400);
		ButtonKt._click(view.form.save);

		// 《村民委员会组织法》第十五条: invalid, the whole vote again (重新选举)
		assertThat(view.stage.getText()).startsWith("当前阶段：重新选举");
		assertThat(view.figures.getText()).contains("参选率：40.0%");
	}

	@Test
	void a_vote_that_leaves_seats_open_shows_the_supplementary_vote_and_then_its_winners() {
		long id = insert(DANGHU, ElectionStage.VOTING);
		login("coordinator", Role.Names.COORDINATOR);
		CommunityElectionView view = open(id);

		ButtonKt._click(view.advance);
		assertThat(view.form.elected.isVisible()).isTrue();
		assertThat(view.form.candidateVotes.isVisible()).isFalse();
		HasValueUtilsKt._setValue(view.form.ballotsCast, 900);
		HasValueUtilsKt._setValue(view.form.elected, 5);
		ButtonKt._click(view.form.save);

		assertThat(view.stage.getText()).startsWith("当前阶段：另行选举");
		assertThat(view.figures.getText()).contains("当选人数：5");

		ButtonKt._click(view.advance);
		assertThat(view.form.elected.isVisible()).isFalse();
		assertThat(view.form.candidateVotes.isVisible()).isTrue();
		HasValueUtilsKt._setValue(view.form.ballotsCast, 900);
		HasValueUtilsKt._setValue(view.form.candidateVotes, "300，299");
		ButtonKt._click(view.form.save);

		// one third of 900 wins, one vote less does not; the 5 seats filled stay filled
		assertThat(view.stage.getText()).startsWith("当前阶段：监委会选举");
		assertThat(view.figures.getText()).contains("当选人数：5", "投票 900 人，当选 1 人");
	}

	@Test
	void a_leader_reads_the_record_without_a_form() {
		long id = insert(ZHONGDAI, ElectionStage.COMPLETED);
		login("leader", Role.Names.LEADER);
		CommunityElectionView view = open(id);

		assertThat(view.advance.isVisible()).isFalse();
		assertThat(view.reopen.isVisible()).isFalse();
		assertThat(view.results.getText()).contains("书记、主任“一肩挑”：是", "平均年龄：42.5 岁");
	}

	@Test
	void a_coordinator_cannot_open_another_towns_record() {
		long id = insert(ZHONGDAI, ElectionStage.AUDIT);
		login("coordinator", Role.Names.COORDINATOR);

		UI.getCurrent().navigate(CommunityElectionView.class, id);

		assertThat(LocatorJ._find(CommunityElectionView.class)).isEmpty();
		assertThat(LocatorJ._find(AccessDeniedView.class)).isNotEmpty();
	}

	@Test
	void an_administrator_reopens_a_stage_after_a_confirmation() {
		long id = insert(ZHONGDAI, ElectionStage.HANDOVER);
		login("admin", Role.Names.ADMIN);
		CommunityElectionView view = open(id);

		ButtonKt._click(view.reopen);
		ReopenDialog dialog = LocatorJ._get(ReopenDialog.class);
		assertThat(dialog.stage.getListDataView().getItems()).containsExactly(ElectionStage.AUDIT,
				ElectionStage.PARTY_ELECTION, ElectionStage.COMMITTEE, ElectionStage.VOTER_REGISTRATION,
				ElectionStage.NOMINATION, ElectionStage.VOTING, ElectionStage.SUPERVISORY);
		HasValueUtilsKt._setValue(dialog.stage, ElectionStage.VOTING);
		ButtonKt._click(dialog.reopen);
		ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("确认退回");
		ConfirmDialogKt._fireConfirm(confirm);
		HasValidationUtilsKt._expectInvalid(dialog.reason, "请填写退回原因。");
		assertThat(this.elections.election(id).stage()).isEqualTo(ElectionStage.HANDOVER);

		HasValueUtilsKt._setValue(dialog.reason, "计票有误");
		ButtonKt._click(dialog.reopen);
		ConfirmDialogKt._fireCancel(LocatorJ._get(ConfirmDialog.class));
		assertThat(this.elections.election(id).stage()).isEqualTo(ElectionStage.HANDOVER);

		ButtonKt._click(dialog.reopen);
		ConfirmDialogKt._fireConfirm(LocatorJ._get(ConfirmDialog.class));

		assertThat(this.elections.election(id).stage()).isEqualTo(ElectionStage.VOTING);
		assertThat(view.stage.getText()).startsWith("当前阶段：投票选举");
		assertThat(this.elections.history(id).get(0).changes()).contains(new FieldChange("reopenReason", null, "计票有误"));
	}

	private long insert(long townId, ElectionStage stage) {
		long id = new ElectionTestData(this.jdbc, ElectionTestData.today()).election(townId, stage);
		this.inserted.add(id);
		return id;
	}

	private static CommunityElectionView open(long id) {
		UI.getCurrent().navigate(CommunityElectionView.class, id);
		return LocatorJ._get(CommunityElectionView.class);
	}

}
