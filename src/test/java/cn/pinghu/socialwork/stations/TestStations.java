package cn.pinghu.socialwork.stations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stations made by a test and removed again afterwards, so that the 114 seeded stations
 * stay as other tests of the same JVM count them.
 */
public final class TestStations {

	private final JdbcTemplate jdbc;

	private final List<Long> created = new ArrayList<>();

	public TestStations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Remembers a station for {@link #deleteAll}. */
	public StationDetails track(StationDetails station) {
		this.created.add(station.id());
		return station;
	}

	/**
	 * Remembers the station stored under a code, if there is one, for {@link #deleteAll}.
	 */
	public void trackCode(String code) {
		this.created.addAll(this.jdbc.queryForList("SELECT id FROM rider_station WHERE code = ?", Long.class, code));
	}

	/** Deletes the tracked stations with their keys and visits; their audit rows stay. */
	public void deleteAll() {
		for (Long id : this.created) {
			this.jdbc.update("DELETE FROM station_visit WHERE station_id = ?", id);
			this.jdbc.update("DELETE FROM station_api_key WHERE station_id = ?", id);
			this.jdbc.update("DELETE FROM rider_station WHERE id = ?", id);
		}
		this.created.clear();
	}

	/** A valid draft of a new open station in the given town. */
	public static StationDraft draft(long townId) {
		StationDraft draft = new StationDraft();
		draft.setCode(newCode());
		draft.setName("测试驿站");
		draft.setTownId(townId);
		draft.setAddress("平湖市测试路 1 号");
		draft.setLatitude(new BigDecimal("30.701234"));
		draft.setLongitude(new BigDecimal("121.012345"));
		draft.setFacilities(EnumSet.of(Facility.WATER, Facility.CHARGING));
		draft.setOpeningHours("08:00-20:00");
		draft.setStatus(StationStatus.OPEN);
		draft.setCapacity(6);
		return draft;
	}

	public static String newCode() {
		return "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

	public static void signIn(String username, String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					AuthorityUtils.createAuthorityList("ROLE_" + role)));
	}

}
