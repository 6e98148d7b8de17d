package cn.pinghu.socialwork.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import cn.pinghu.socialwork.organizations.TestPartyOrganizations;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageOverview;
import cn.pinghu.socialwork.coverage.TownCoverage;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionKpis;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.ElectionTestData;
import cn.pinghu.socialwork.elections.TownElections;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.shared.Percentages;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly report as a leader downloads it, read back from the .xlsx, on the seeded
 * data and rows inserted in a transaction that is rolled back.
 */
@SpringBootTest
@Transactional
@ExtendWith(ThisContextsSecurity.class)
@WithMockUser(username = "leader", roles = Role.Names.LEADER)
class WeeklyReportServiceIT {

	private static final long DANGHU = 1;

	/** The first data row below the date line and the header row. */
	private static final int FIRST_ROW = 2;

	@Autowired
	WeeklyReportService report;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	ElectionFigures elections;

	@Autowired
	JdbcTemplate jdbc;

	private LocalDate today;

	@BeforeEach
	void readToday() {
		this.today = this.coverage.today();
	}

	@Test
	void the_report_is_named_by_its_day_and_has_a_sheet_each_for_coverage_elections_and_red_items() throws IOException {
		assertThat(this.report.fileName()).isEqualTo("平湖市社会工作周报-" + this.today + ".xlsx");

		List<Sheet> sheets = sheetsOf(write());

		assertThat(sheets).extracting(Sheet::getName).containsExactly("两个覆盖", "两委换届", "红色事项");
		List<Row> coverageRows = sheets.get(0).read();
		assertThat(coverageRows.get(0).getCellText(0)).contains("报告日期 " + this.today)
			.contains(this.today.minusDays(7) + " 至 " + this.today);
		assertThat(texts(coverageRows.get(1))).containsExactly("镇街", "纳入范围", "组织覆盖率（%）", "单独组建率（%）", "工作覆盖率（%）",
				"目标（%）", "三色", "组织覆盖率周变化", "单独组建率周变化", "工作覆盖率周变化", "周变化对比日期");
		assertThat(texts(sheets.get(1).read().get(1))).containsExactly("镇街", "村社区", "已完成", "完成率（%）", "参选率（%）",
				"一肩挑比例（%）", "女性占比（%）", "逾期", "近 7 天完成", "重新选举", "另行选举", "村委会无女性成员", "35岁以下占比（%）", "有35岁以下成员的村社区");
		assertThat(texts(sheets.get(2).read().get(1))).containsExactly("类别", "事项", "镇街", "情况", "计划日期", "责任人");
	}

	@Test
	void a_towns_coverage_row_holds_the_services_figures_and_the_change_since_the_snapshot_a_week_ago()
			throws IOException {
		CoverageOverview overview = this.coverage.overview().orElseThrow();
		TownCoverage first = overview.towns().get(0);
		LocalDate weekAgo = this.today.minusDays(7);
		this.jdbc.update("DELETE FROM coverage_snapshot WHERE taken_on = ?", weekAgo);
		// a week ago: 10 in scope, 5 covered, 2 standalone, 6 with work coverage: 50, 20,
		// 60 %
		this.jdbc.update(
				"INSERT INTO coverage_snapshot (taken_on, drive_id, town_id, in_scope, organization_covered,"
						+ " standalone, work_covered, taken_at) VALUES (?, ?, ?, 10, 5, 2, 6, ?)",
				weekAgo, overview.drive().id(), first.townId(), Timestamp.valueOf(weekAgo.atTime(23, 30)));

		List<Row> rows = sheetsOf(write()).get(0).read();

		assertThat(rows).hasSize(FIRST_ROW + overview.towns().size() + 1);
		Row row = rows.get(FIRST_ROW);
		assertThat(row.getCellText(0)).isEqualTo(first.townName());
		assertThat(number(row, 1)).isEqualByComparingTo(BigDecimal.valueOf(first.kpis().inScope()));
		// Rates and their changes as the console shows them: rounded once, to one
		// decimal.
		assertThat(number(row, 2)).isEqualByComparingTo(Percentages.shown(first.kpis().organizationCoverageRate()));
		assertThat(number(row, 3)).isEqualByComparingTo(Percentages.shown(first.kpis().standaloneRate()));
		assertThat(number(row, 4)).isEqualByComparingTo(Percentages.shown(first.kpis().workCoverageRate()));
		assertThat(number(row, 7)).isEqualByComparingTo(
				Percentages.shown(first.kpis().organizationCoverageRate().subtract(new BigDecimal("50"))));
		assertThat(number(row, 8))
			.isEqualByComparingTo(Percentages.shown(first.kpis().standaloneRate().subtract(new BigDecimal("20"))));
		assertThat(number(row, 9))
			.isEqualByComparingTo(Percentages.shown(first.kpis().workCoverageRate().subtract(new BigDecimal("60"))));
		assertThat(row.getCellAsDate(10)).map(LocalDateTime::toLocalDate).contains(weekAgo);
		Row second = rows.get(FIRST_ROW + 1);
		assertThat(second.getCellText(0)).isEqualTo(overview.towns().get(1).townName());
		assertThat(second.getCellAsNumber(7)).as("compared with the day before, its nearest snapshot").isPresent();
		assertThat(second.getCellAsDate(10)).map(LocalDateTime::toLocalDate).contains(weekAgo.minusDays(1));
		assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("全市");
		assertThat(number(rows.get(rows.size() - 1), 1))
			.isEqualByComparingTo(BigDecimal.valueOf(overview.city().inScope()));
	}

	@Test
	void a_towns_election_row_holds_the_services_figures_and_counts_the_completions_of_the_week() throws IOException {
		long before = completedThisWeek(DANGHU);
		new ElectionTestData(this.jdbc, this.today).election(DANGHU, ElectionStage.COMPLETED);
		TownElections danghu = this.elections.overview()
			.orElseThrow()
			.towns()
			.stream()
			.filter(town -> town.townId() == DANGHU)
			.findFirst()
			.orElseThrow();
		ElectionKpis kpis = danghu.kpis();

		Row row = townRow(sheetsOf(write()).get(1).read(), danghu.townName());

		assertThat(number(row, 1)).isEqualByComparingTo(BigDecimal.valueOf(kpis.communities()));
		assertThat(number(row, 2)).isEqualByComparingTo(BigDecimal.valueOf(kpis.completed()));
		// rates rounded once, as the console shows them
		assertThat(number(row, 3)).isEqualByComparingTo(Percentages.shown(kpis.completionRate()));
		assertThat(number(row, 4)).isEqualByComparingTo(Percentages.shown(kpis.turnout()));
		assertThat(number(row, 5)).isEqualByComparingTo(Percentages.shown(kpis.secretaryIsDirectorRate()));
		assertThat(number(row, 6)).isEqualByComparingTo(Percentages.shown(kpis.womenShare()));
		assertThat(number(row, 7)).isEqualByComparingTo(BigDecimal.valueOf(kpis.overdue()));
		assertThat(number(row, 8)).isEqualByComparingTo(BigDecimal.valueOf(before + 1));
		assertThat(number(row, 9)).isEqualByComparingTo(BigDecimal.valueOf(kpis.reVotes()));
		assertThat(number(row, 10)).isEqualByComparingTo(BigDecimal.valueOf(kpis.supplementaryVotes()));
		assertThat(number(row, 11)).isEqualByComparingTo(BigDecimal.valueOf(kpis.committeesWithoutWoman()));
		assertThat(number(row, 12)).isEqualByComparingTo(Percentages.shown(kpis.under35Rate()));
		assertThat(number(row, 13)).isEqualByComparingTo(BigDecimal.valueOf(kpis.withUnder35()));
	}

	@Test
	void the_election_sheet_defines_its_figures_below_the_table() throws IOException {
		List<String> texts = sheetsOf(write()).get(1).read().stream().map(row -> row.getCellText(0)).toList();

		assertThat(texts).contains("参选率：参加投票人数 ÷ 登记选民数，只计有效选举；参加投票未过半的无效选举不计入，另计为重新选举。")
			.anySatisfy(text -> assertThat(text).startsWith("重新选举：参加投票的选民未过半"))
			.anySatisfy(text -> assertThat(text).startsWith("另行选举：当选人数少于应选名额"))
			.anySatisfy(text -> assertThat(text).startsWith("村委会无女性成员："))
			.anySatisfy(text -> assertThat(text).startsWith("35岁以下成员："));
	}

	@Test
	void an_overdue_election_stage_is_a_red_item_with_the_towns_coordinator_as_its_owner() throws IOException {
		// the audit was due 60 days ago in the seeded plan
		long election = new ElectionTestData(this.jdbc, this.today).election(DANGHU, ElectionStage.AUDIT);
		String community = this.jdbc.queryForObject(
				"SELECT c.name FROM community c JOIN community_election e ON e.community_id = c.id WHERE e.id = ?",
				String.class, election);

		List<Row> rows = sheetsOf(write()).get(2).read();

		Row item = rows.stream()
			.filter(row -> community.equals(row.getCellText(1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError(community + " is not among the red items"));
		assertThat(item.getCellText(0)).isEqualTo("换届环节逾期");
		assertThat(item.getCellText(2)).isEqualTo("当湖街道");
		assertThat(item.getCellText(3)).isEqualTo("离任审计");
		assertThat(item.getCellText(5)).contains("当湖街道协调员");
	}

	@Test
	void a_town_far_behind_its_target_is_red_with_its_coordinator_as_the_owner() throws IOException {
		long drive = this.coverage.overview().orElseThrow().drive().id();
		this.jdbc.update("DELETE FROM coverage_target WHERE drive_id = ? AND town_id = ?", drive, DANGHU);
		this.jdbc.update("INSERT INTO coverage_target (drive_id, town_id, start_rate, target_rate, due_on)"
				+ " VALUES (?, ?, '100', '100', ?)", drive, DANGHU, this.today);
		TownCoverage danghu = this.coverage.overview()
			.orElseThrow()
			.towns()
			.stream()
			.filter(town -> town.townId() == DANGHU)
			.findFirst()
			.orElseThrow();
		assertThat(danghu.signal()).isEqualTo(Signal.RED);

		List<Sheet> sheets = sheetsOf(write());

		Row coverageRow = townRow(sheets.get(0).read(), "当湖街道");
		assertThat(coverageRow.getCellText(6)).isEqualTo("红");
		Row item = sheets.get(2)
			.read()
			.stream()
			.filter(row -> "覆盖红灯镇街".equals(row.getCellText(0)) && "当湖街道".equals(row.getCellText(1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("当湖街道 is not among the red items"));
		assertThat(item.getCellText(3)).isEqualTo(
				"组织覆盖率 " + Percentages.shown(danghu.kpis().organizationCoverageRate()).toPlainString() + "%，应达 100.0%");
		assertThat(item.getCellText(5)).contains("当湖街道协调员");
	}

	@Test
	void a_branch_quiet_for_half_a_year_is_a_red_item_with_the_organisations_instructor_as_its_owner()
			throws IOException {
		long instructor = insert("INSERT INTO instructor (code, name, work_unit, phone)"
				+ " VALUES (?, '周报测试指导员', '测试单位', '13800000000')", "T" + random());
		this.jdbc.update("INSERT INTO instructor_town (instructor_id, town_id) VALUES (?, ?)", instructor, DANGHU);
		String organization = "周报测试组织" + random();
		long id = insert("""
				INSERT INTO organization (name, credit_code, kind, industry, town_id, address, employees, full_members,
				    branch_form, branch_name, branch_formed_on, branch_members, instructor_id, status)
				VALUES (?, ?, 'ECONOMIC', '测试行业', ?, '测试地址', 50, 3, 'STANDALONE', '测试支部', ?, 3, ?, 'ACTIVE')""",
				organization, "91330482R" + random() + "X", DANGHU, this.today.minusDays(200), instructor);
		TestPartyOrganizations.cover(this.jdbc, id);

		List<Row> rows = sheetsOf(write()).get(2).read();

		Row item = rows.stream()
			.filter(row -> organization.equals(row.getCellText(1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError(organization + " is not among the red items"));
		assertThat(item.getCellText(0)).isEqualTo("防瘫预警（红）");
		assertThat(item.getCellText(2)).isEqualTo("当湖街道");
		assertThat(item.getCellText(3)).isEqualTo("已 200 天无活动");
		assertThat(item.getCellText(5)).isEqualTo("周报测试指导员");
	}

	private static String random() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
	}

	private long insert(String sql, Object... args) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	private long completedThisWeek(long townId) {
		String name = this.elections.townName(townId);
		return this.report.figures()
			.elections()
			.stream()
			.filter(line -> line.name().equals(name))
			.findFirst()
			.orElseThrow()
			.completedThisWeek();
	}

	private static Row townRow(List<Row> rows, String town) {
		return rows.stream().filter(row -> town.equals(row.getCellText(0))).findFirst().orElseThrow();
	}

	private byte[] write() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.report.write(out);
		return out.toByteArray();
	}

	private static List<Sheet> sheetsOf(byte[] xlsx) throws IOException {
		ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
		return workbook.getSheets().toList();
	}

	private static BigDecimal number(Row row, int column) {
		Optional<BigDecimal> value = row.getCellAsNumber(column);
		assertThat(value).as("column %d of %s", column, row.getCellText(0)).isPresent();
		return value.orElseThrow();
	}

	private static List<String> texts(Row row) {
		return row.stream().map(cell -> (cell != null) ? cell.getText() : "").toList();
	}

}
