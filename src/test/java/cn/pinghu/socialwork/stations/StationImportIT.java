package cn.pinghu.socialwork.stations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.shared.transfer.Files;
import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.ImportPreview;
import cn.pinghu.socialwork.shared.transfer.ImportProgress;
import cn.pinghu.socialwork.shared.transfer.ImportRefusedException;
import cn.pinghu.socialwork.shared.transfer.ImportResult;
import cn.pinghu.socialwork.shared.transfer.ImportRow;
import cn.pinghu.socialwork.shared.transfer.RowProblem;
import cn.pinghu.socialwork.shared.transfer.Sheet;
import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.shared.transfer.SheetReader;
import cn.pinghu.socialwork.shared.transfer.TransferMessage;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import cn.pinghu.socialwork.visits.VisitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static cn.pinghu.socialwork.stations.TestStations.draft;
import static cn.pinghu.socialwork.stations.TestStations.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class StationImportIT {

	private static final String HEADER = "编码,名称,镇街道,村社区,地址,纬度,经度,承办单位,服务设施,开放时间,状态,容纳人数";

	private static final long DANGHU = 1L;

	private static final long ZHONGDAI = 2L;

	/** 东湖社区 of 当湖街道 in the seeds. */
	private static final long DONGHU_COMMUNITY = 1L;

	/** A seeded station of 钟埭街道, outside the demo coordinator's town. */
	private static final String ZHONGDAI_STATION = "RS031";

	@Autowired
	StationTransferService transfer;

	@Autowired
	StationService stations;

	@Autowired
	CommunityService places;

	@Autowired
	VisitService visits;

	@Autowired
	JdbcTemplate jdbc;

	private TestStations created;

	private final List<String> codes = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.created = new TestStations(this.jdbc);
	}

	@AfterEach
	void tearDown() {
		SecurityContextHolder.clearContext();
		this.codes.forEach(this.created::trackCode);
		this.created.deleteAll();
	}

	@Test
	void a_good_file_is_stored_with_one_audit_batch_for_all_its_rows() {
		signIn("admin", "ADMIN");
		String first = newCode();
		String second = newCode();
		byte[] xlsx = Files.xlsx(List.of(List.of(HEADER.split(",")),
				List.of(first, "导入一号驿站", "当湖街道", "东湖社区", "平湖市当湖街道测试路 1 号", 30.7012345, 121.012345, "测试承办单位", "饮用水、充电",
						"08:00-20:00", "开放", 8),
				List.of(second, "导入二号驿站", "钟埭街道", "", "平湖市钟埭街道测试路 2 号", 30.72, 121.05, "", "", "", "暂停服务", "")));
		ImportPreview<StationDraft> preview = this.transfer.preview(xlsx, "骑士加油站.xlsx", null, ImportProgress.NONE);

		ImportResult result = this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);

		assertThat(preview.problems()).isEmpty();
		assertThat(result).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(2, 0, 0);
		StationDetails stored = find(first);
		assertThat(stored.name()).isEqualTo("导入一号驿站");
		assertThat(stored.townId()).isEqualTo(DANGHU);
		assertThat(stored.communityId()).isEqualTo(DONGHU_COMMUNITY);
		assertThat(stored.latitude()).isEqualByComparingTo("30.701235");
		assertThat(stored.facilities()).isEqualTo(EnumSet.of(Facility.WATER, Facility.CHARGING));
		assertThat(stored.status()).isEqualTo(StationStatus.OPEN);
		assertThat(stored.capacity()).isEqualTo(8);
		StationDetails bare = find(second);
		assertThat(bare.hostUnit()).isNull();
		assertThat(bare.openingHours()).isNull();
		assertThat(bare.facilities()).isEmpty();
		assertThat(bare.status()).isEqualTo(StationStatus.SUSPENDED);
		assertThat(bare.capacity()).isZero();
		for (StationDetails station : List.of(stored, bare)) {
			assertThat(this.stations.stationHistory(station.id())).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo(AuditAction.IMPORT);
				assertThat(entry.batchId()).isEqualTo(result.batchId());
				assertThat(entry.username()).isEqualTo("admin");
				assertThat(entry.townId()).isEqualTo(station.townId());
				assertThat(entry.changes()).extracting(FieldChange::field)
					.contains("code", "name", "townId", "latitude", "facilities", "status", "capacity");
			});
		}
		assertThat(this.visits.hasVisits(stored.id())).isFalse();
		assertThat(this.stations.stationHistory(stored.id()).get(0).changes()).extracting(FieldChange::field)
			.doesNotContain(StationService.API_KEY_FIELD);
	}

	@Test
	void every_bad_row_is_listed_in_chinese_terms_and_an_all_or_nothing_import_stores_nothing() {
		signIn("admin", "ADMIN");
		String good = newCode();
		long before = count();
		ImportPreview<StationDraft> preview = preview(row(good, "当湖街道", ""), row("rs-1", "当湖街道", ""),
				newCode() + ",出界驿站,当湖街道,,平湖市测试路 3 号,31.5,121.01,,,8点-20点,开放,5",
				newCode() + ",咖啡驿站,当湖街道,,平湖市测试路 4 号,30.70,121.01,,饮用水、咖啡,,开放,5", row(newCode(), "当湖街道", "没有这个社区"),
				row(newCode(), "不存在街道", ""), row(good, "当湖街道", ""));

		assertThat(preview.total()).isEqualTo(7);
		assertThat(preview.valid()).extracting(row -> row.row()).containsExactly(2);
		assertThat(preview.problems()).containsExactlyInAnyOrder(
				new RowProblem(3, "编码", TransferMessage.of("stations.validation.code-pattern")),
				new RowProblem(4, "纬度",
						TransferMessage.of("stations.validation.latitude-outside", "平湖市", "30.58", "30.86")),
				new RowProblem(4, "开放时间", TransferMessage.of("stations.validation.hours-pattern")),
				new RowProblem(5, "服务设施",
						TransferMessage.of("transfer.cell.not-a-choice", "咖啡",
								"饮用水、热水、充电、换电柜、微波炉、卫生间、休息座椅、空调、急救药箱、雨具、无线网络、图书")),
				new RowProblem(6, "村社区", TransferMessage.of("stations.import.community-unknown", "没有这个社区", "当湖街道")),
				new RowProblem(7, "镇街道",
						TransferMessage.of("transfer.cell.not-a-choice", "不存在街道",
								String.join("、", this.places.townNames().values()))),
				new RowProblem(8, "编码", TransferMessage.of("transfer.row.duplicate-key", 2)));
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE))
			.satisfies(
					ex -> assertThat(ex.reason()).isEqualTo(TransferMessage.of("transfer.import.refused-bad-rows", 6)));
		assertThat(count()).isEqualTo(before);
		assertThat(findAll(good)).isEmpty();
	}

	@Test
	void only_the_valid_rows_are_stored_when_the_user_chooses_so() {
		signIn("admin", "ADMIN");
		String good = newCode();
		String bad = newCode();
		ImportPreview<StationDraft> preview = preview(row(good, "当湖街道", "东湖社区"),
				bad + ",坏驿站,当湖街道,,平湖市测试路 5 号,30.70,121.01,,,,开放,1000");

		ImportResult result = this.transfer.importRows(preview, ImportMode.VALID_ONLY, ImportProgress.NONE);

		assertThat(preview.problems())
			.containsExactly(new RowProblem(3, "容纳人数", TransferMessage.of("stations.validation.capacity-range")));
		assertThat(result.created()).isEqualTo(1);
		assertThat(findAll(good)).hasSize(1);
		assertThat(findAll(bad)).isEmpty();
	}

	@Test
	void importing_the_same_file_again_upserts_by_code_without_duplicates() {
		signIn("admin", "ADMIN");
		String first = newCode();
		String second = newCode();
		String[] lines = { HEADER, row(first, "当湖街道", ""), row(second, "钟埭街道", "") };
		this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		long afterFirst = count();
		StationDetails untouched = find(second);

		ImportResult again = this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		lines[1] = first + ",改名驿站,当湖街道,东湖社区,平湖市测试路 1 号,30.701234,121.012345,测试承办单位,饮用水、充电,08:00-20:00,开放,9";
		ImportResult changed = this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);

		assertThat(again).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(0, 0, 2);
		assertThat(changed).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(0, 1, 1);
		assertThat(count()).isEqualTo(afterFirst);
		assertThat(findAll(first)).singleElement().extracting(StationDetails::name).isEqualTo("改名驿站");
		assertThat(findAll(second)).singleElement().isEqualTo(untouched);
		List<AuditEntry> history = this.stations.stationHistory(find(first).id());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).batchId()).isEqualTo(changed.batchId());
		assertThat(history.get(0).changes()).containsExactly(new FieldChange("name", "测试驿站", "改名驿站"),
				new FieldChange("communityId", null, String.valueOf(DONGHU_COMMUNITY)),
				new FieldChange("capacity", "6", "9"));
		assertThat(this.stations.stationHistory(untouched.id())).hasSize(1);
	}

	@Test
	void a_coordinator_is_refused_rows_of_another_town_in_the_preview_and_in_the_service() {
		signIn("coordinator", "COORDINATOR");
		String own = newCode();
		String elsewhere = newCode();
		ImportPreview<StationDraft> preview = preview(row(own, "当湖街道", ""), row(elsewhere, "钟埭街道", ""),
				row(ZHONGDAI_STATION, "当湖街道", ""));

		assertThat(preview.problems()).containsExactly(
				new RowProblem(3, "镇街道", TransferMessage.of("transfer.row.town-out-of-scope", "钟埭街道")),
				new RowProblem(4, "编码", TransferMessage.of("transfer.row.key-out-of-scope", "钟埭街道")));
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE));
		signIn("admin", "ADMIN");
		ImportPreview<StationDraft> checkedByAnAdmin = preview(row(elsewhere, "钟埭街道", ""));
		signIn("coordinator", "COORDINATOR");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.transfer.importRows(checkedByAnAdmin, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE));
		ImportResult result = this.transfer.importRows(preview, ImportMode.VALID_ONLY, ImportProgress.NONE);

		assertThat(result.created()).isEqualTo(1);
		assertThat(findAll(own)).singleElement().extracting(StationDetails::townId).isEqualTo(DANGHU);
		assertThat(findAll(elsewhere)).isEmpty();
		assertThat(find(ZHONGDAI_STATION).townId()).isEqualTo(ZHONGDAI);
		assertThat(find(ZHONGDAI_STATION).name()).isNotEqualTo("测试驿站");
	}

	@Test
	void a_row_with_the_code_of_an_archived_station_is_refused_and_the_station_stays_as_it_was() {
		signIn("admin", "ADMIN");
		StationDetails station = this.created.track(this.stations.createStation(draft(DANGHU)));
		this.stations.archiveStation(station.id(), station.version());
		StationDetails archived = this.stations.station(station.id());
		String other = newCode();

		ImportPreview<StationDraft> preview = preview(row(archived.code(), "当湖街道", ""), row(other, "当湖街道", ""));

		assertThat(preview.problems())
			.containsExactly(new RowProblem(2, "编码", TransferMessage.of("stations.import.archived", archived.code())));
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE));
		assertThat(this.stations.station(station.id())).isEqualTo(archived);
	}

	@Test
	void a_station_archived_after_the_preview_refuses_the_whole_import() {
		signIn("admin", "ADMIN");
		StationDetails station = this.created.track(this.stations.createStation(draft(DANGHU)));
		String other = newCode();
		ImportPreview<StationDraft> preview = preview(row(other, "当湖街道", ""), row(station.code(), "当湖街道", ""));
		this.stations.archiveStation(station.id(), station.version());
		StationDetails archived = this.stations.station(station.id());

		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(TransferMessage.of("transfer.import.refused-row", 3)));
		assertThat(findAll(other)).isEmpty();
		assertThat(this.stations.station(station.id())).isEqualTo(archived);
	}

	@Test
	void a_row_placing_a_station_in_a_community_of_another_town_is_refused_by_the_rule_of_the_form() {
		signIn("admin", "ADMIN");
		StationDraft draft = draft(ZHONGDAI);
		this.codes.add(draft.getCode());
		draft.setCommunityId(DONGHU_COMMUNITY);
		ImportPreview<StationDraft> preview = new ImportPreview<>(1, List.of(new ImportRow<>(2, draft)), List.of(),
				StandardCharsets.UTF_8);

		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(TransferMessage.of("transfer.import.refused-row", 2)));
		assertThat(findAll(draft.getCode())).isEmpty();
	}

	@Test
	void an_export_holds_the_filtered_stations_without_api_keys_and_imports_back_unchanged() throws IOException {
		signIn("admin", "ADMIN");
		StationFilter filter = new StationFilter(null, ZHONGDAI, null, false);
		StationDetails withKey = this.created.track(this.stations.createStation(draft(ZHONGDAI)));
		String key = this.stations.rotateApiKey(withKey.id()).key();

		for (SheetFormat format : SheetFormat.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int written = this.transfer.export(filter, format, out);

			Sheet sheet = SheetReader.read(out.toByteArray(), "x." + format.extension(), null);
			assertThat(sheet.header().cells()).containsExactly(HEADER.split(","));
			assertThat(sheet.rows()).allSatisfy(row -> assertThat(row.cells()).doesNotContain(key));
			assertThat(sheet.rows()).anySatisfy(row -> assertThat(row.cell(0)).isEqualTo(withKey.code()));
			assertThat(written).isEqualTo(sheet.rows().size()).isEqualTo(this.stations.countStations(filter));
			assertThat(sheet.rows()).extracting(row -> row.cell(2)).containsOnly("钟埭街道");
			assertThat(sheet.rows()).anySatisfy(row -> {
				assertThat(row.cell(0)).isEqualTo("RS032");
				assertThat(row.cell(3)).isEqualTo("东泾社区");
				assertThat(row.cell(5)).isEqualTo("30.718841");
				assertThat(row.cell(8)).isEqualTo("饮用水、热水、换电柜、卫生间、休息座椅、雨具");
				assertThat(row.cell(10)).isEqualTo("开放");
			});
			ImportResult again = this.transfer.importRows(
					this.transfer.preview(out.toByteArray(), "x." + format.extension(), null, ImportProgress.NONE),
					ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
			assertThat(again.unchanged()).isEqualTo(written);
		}
	}

	private ImportPreview<StationDraft> preview(String... lines) {
		String[] withHeader = (lines.length > 0 && lines[0].equals(HEADER)) ? lines : prepend(lines);
		return this.transfer.preview(Files.csv(StandardCharsets.UTF_8, withHeader), "骑士加油站.csv", null,
				ImportProgress.NONE);
	}

	private static String[] prepend(String[] lines) {
		String[] all = new String[lines.length + 1];
		all[0] = HEADER;
		System.arraycopy(lines, 0, all, 1, lines.length);
		return all;
	}

	/** A good line as {@link TestStations#draft} would fill the form. */
	private static String row(String code, String town, String community) {
		return code + ",测试驿站," + town + "," + community
				+ ",平湖市测试路 1 号,30.701234,121.012345,测试承办单位,饮用水、充电,08:00-20:00,开放,6";
	}

	private StationDetails find(String code) {
		return findAll(code).get(0);
	}

	private List<StationDetails> findAll(String code) {
		return this.stations.stations(new StationFilter(code, null, null, true), PageRequest.of(0, 10))
			.getContent()
			.stream()
			.filter(station -> station.code().equals(code))
			.toList();
	}

	private long count() {
		return this.stations.countStations(new StationFilter(null, null, null, true));
	}

	private String newCode() {
		String code = TestStations.newCode();
		this.codes.add(code);
		return code;
	}

}
