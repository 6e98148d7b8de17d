package cn.pinghu.socialwork.stations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static cn.pinghu.socialwork.stations.TestStations.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class StationPosterServiceIT {

	/** 当湖街道, the demo coordinator's only town. */
	private static final long DANGHU = 1L;

	/** 钟埭街道, a town the demo coordinator does not coordinate. */
	private static final long ZHONGDAI = 2L;

	/** Where a test's QR codes lead: no public address is set, and no request asks. */
	private static final String LOCAL = "http://localhost:8080/s/";

	@Autowired
	StationPosterService posters;

	@Autowired
	StationService stations;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void a_station_poster_qr_code_reads_as_its_check_in_address_and_its_hanzi_name_is_text() throws IOException {
		signIn("admin", "ADMIN");
		StationDetails station = first("SELECT id FROM rider_station WHERE archived_at IS NULL AND town_id = ?",
				ZHONGDAI);

		try (PosterPdf pdf = PosterPdf.read(poster(station.id()))) {
			assertThat(pdf.pages()).isEqualTo(1);
			assertThat(pdf.qrCode(0)).isEqualTo(LOCAL + station.code());
			assertThat(pdf.text(0)).contains(station.name(), station.address(), "微信扫一扫，签到只需一步", "中共平湖市委社会工作部");
		}
	}

	@Test
	void an_administrator_prints_one_page_for_each_station_in_use() throws IOException {
		signIn("admin", "ADMIN");
		List<String> codes = this.jdbc
			.queryForList("SELECT code FROM rider_station WHERE archived_at IS NULL ORDER BY code", String.class);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int written = this.posters.writeAllPosters(null, out);

		assertThat(codes).hasSizeGreaterThanOrEqualTo(114);
		assertThat(written).isEqualTo(codes.size());
		try (PosterPdf pdf = PosterPdf.read(out.toByteArray())) {
			assertThat(pdf.pages()).isEqualTo(codes.size());
			assertThat(pdf.qrCode(0)).isEqualTo(LOCAL + codes.get(0));
			assertThat(pdf.qrCode(codes.size() - 1)).isEqualTo(LOCAL + codes.get(codes.size() - 1));
		}
	}

	@Test
	void a_coordinator_prints_the_stations_of_their_towns_only() throws IOException {
		signIn("coordinator", "COORDINATOR");
		List<String> codes = this.jdbc.queryForList(
				"SELECT code FROM rider_station WHERE archived_at IS NULL AND town_id = ? ORDER BY code", String.class,
				DANGHU);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int written = this.posters.writeAllPosters(null, out);

		assertThat(codes).isNotEmpty();
		assertThat(written).isEqualTo(codes.size());
		try (PosterPdf pdf = PosterPdf.read(out.toByteArray())) {
			assertThat(pdf.pages()).isEqualTo(codes.size());
			for (int page = 0; page < codes.size(); page++) {
				assertThat(pdf.text(page)).contains("站点编码：" + codes.get(page));
			}
		}
	}

	@Test
	void a_coordinator_cannot_get_another_towns_poster() {
		signIn("coordinator", "COORDINATOR");
		long other = id("SELECT id FROM rider_station WHERE archived_at IS NULL AND town_id = ?", ZHONGDAI);
		long own = id("SELECT id FROM rider_station WHERE archived_at IS NULL AND town_id = ?", DANGHU);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.posters.writePoster(other, null, out));

		assertThat(out.size()).isZero();
		assertThat(this.posters.mayPrint(this.stations.station(other))).isFalse();
		assertThat(this.posters.mayPrint(this.stations.station(own))).isTrue();
	}

	@Test
	void a_leader_prints_no_poster() {
		signIn("leader", "LEADER");
		long station = id("SELECT id FROM rider_station WHERE archived_at IS NULL AND town_id = ?", DANGHU);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThat(this.posters.mayPrint()).isFalse();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.posters.writePoster(station, null, out));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.posters.writeAllPosters(null, out));
		assertThat(out.size()).isZero();
	}

	@Test
	void production_without_the_public_address_refuses_every_poster_and_writes_nothing(
			@Autowired RiderStationRepository repository, @Autowired CurrentUser currentUser,
			@Autowired RegionService region, @Autowired MessageSource messages) {
		StationPosterService production = new StationPosterService(repository, new CheckInAddresses("", true),
				currentUser, region, messages);
		signIn("admin", "ADMIN");
		long station = id("SELECT id FROM rider_station WHERE archived_at IS NULL AND town_id = ?", DANGHU);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThat(production.refusal()).contains(PosterRefusedException.NO_PUBLIC_ADDRESS);
		assertThatExceptionOfType(PosterRefusedException.class)
			.isThrownBy(() -> production.writePoster(station, "http://localhost:8080", out))
			.extracting(PosterRefusedException::messageKey)
			.isEqualTo(PosterRefusedException.NO_PUBLIC_ADDRESS);
		assertThatExceptionOfType(PosterRefusedException.class)
			.isThrownBy(() -> production.writeAllPosters("http://localhost:8080", out));
		assertThat(out.size()).isZero();
		assertThat(
				messages.getMessage(PosterRefusedException.NO_PUBLIC_ADDRESS, null, StationPosterService.POSTER_LOCALE))
			.contains("console.public-base-url", "不能打印海报");
	}

	@Test
	void an_archived_station_has_no_poster() {
		signIn("admin", "ADMIN");
		TestStations created = new TestStations(this.jdbc);
		try {
			StationDetails station = created.track(this.stations.createStation(TestStations.draft(DANGHU)));
			this.stations.archiveStation(station.id(), station.version());
			ByteArrayOutputStream out = new ByteArrayOutputStream();

			assertThatExceptionOfType(PosterRefusedException.class)
				.isThrownBy(() -> this.posters.writePoster(station.id(), null, out))
				.extracting(PosterRefusedException::messageKey)
				.isEqualTo(PosterRefusedException.ARCHIVED);
			assertThat(out.size()).isZero();
		}
		finally {
			created.deleteAll();
		}
	}

	private byte[] poster(long id) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.posters.writePoster(id, null, out);
		return out.toByteArray();
	}

	private StationDetails first(String sql, long town) {
		return this.stations.station(id(sql, town));
	}

	private long id(String sql, long town) {
		return this.jdbc.queryForObject(sql + " ORDER BY code LIMIT 1", Long.class, town);
	}

}
