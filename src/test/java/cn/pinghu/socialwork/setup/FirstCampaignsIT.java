package cn.pinghu.socialwork.setup;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import cn.pinghu.socialwork.coverage.CoverageDriveService;
import cn.pinghu.socialwork.coverage.DriveDraft;
import cn.pinghu.socialwork.coverage.DriveLifecycleService;
import cn.pinghu.socialwork.coverage.DriveSettings;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionRoundService;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.RoundDraft;
import cn.pinghu.socialwork.elections.RoundSummary;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.TownImportResult;
import cn.pinghu.socialwork.places.TownSheetImport;
import cn.pinghu.socialwork.region.RegionPack;
import cn.pinghu.socialwork.region.RegionPacks;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the setup took the towns of a region pack, an administrator opens the first
 * coverage drive and the first election round. In a transaction that is rolled back; the
 * demo's drive and round are closed first, as a fresh install has none.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
class FirstCampaignsIT {

	@Autowired
	RegionPacks packs;

	@Autowired
	TownSheetImport townImport;

	@Autowired
	CoverageDriveService drives;

	@Autowired
	DriveLifecycleService lifecycle;

	@Autowired
	ElectionRoundService rounds;

	@Autowired
	ElectionFigures figures;

	@Test
	void the_setup_offers_the_pinghu_pack_with_its_outline_and_nine_towns() {
		RegionPack pinghu = this.packs.pack("pinghu").orElseThrow();

		assertThat(pinghu.name()).isEqualTo("平湖市");
		assertThat(pinghu.divisionCode()).isEqualTo("330482");
		assertThat(pinghu.outline()).contains("\"Polygon\"");
		assertThat(new String(pinghu.towns(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)).hasSize(9);
	}

	@Test
	void a_drive_and_a_round_are_opened_once_the_towns_are_in() {
		TownImportResult towns = this.townImport.importTowns(this.packs.pack("pinghu").orElseThrow().towns(),
				"towns.csv", null);
		assertThat(towns.problems()).isEmpty();
		DriveSettings demoDrive = this.drives.current().orElseThrow();
		this.lifecycle.close(demoDrive.id(), demoDrive.version());
		RoundSummary demoRound = this.figures.round().orElseThrow();
		this.rounds.close(demoRound.id(), demoRound.version(), "测试：首次开启前先结束演示换届");
		assertThat(this.drives.current()).isEmpty();
		assertThat(this.rounds.current()).isEmpty();
		LocalDate today = this.figures.today();

		long drive = this.lifecycle.open(new DriveDraft("首次“两个覆盖”集中攻坚", today, today.plusMonths(6), 20, 40));
		long round = this.rounds.open(new RoundDraft("首次村社区两委换届", today, today.plusDays(120), plan(today), Map.of()));

		assertThat(this.drives.current().orElseThrow().id()).isEqualTo(drive);
		assertThat(this.drives.current().orElseThrow().targets()).hasSizeGreaterThanOrEqualTo(9);
		assertThat(this.rounds.current().orElseThrow().id()).isEqualTo(round);
	}

	/** Every planned stage ten days after the one before. */
	private static Map<ElectionStage, LocalDate> plan(LocalDate from) {
		Map<ElectionStage, LocalDate> plan = new EnumMap<>(ElectionStage.class);
		int days = 0;
		for (ElectionStage stage : ElectionStage.MAIN_LINE) {
			if (stage != ElectionStage.COMPLETED) {
				days += 10;
				plan.put(stage, from.plusDays(days));
			}
		}
		return plan;
	}

}
