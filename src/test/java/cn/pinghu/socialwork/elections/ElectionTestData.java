package cn.pinghu.socialwork.elections;

import java.math.BigDecimal;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.pinghu.socialwork.places.CommunityKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Inserts test towns, communities and their elections in the seeded round over JDBC, for
 * tests that roll back or delete what they inserted.
 */
public final class ElectionTestData {

	/** The seeded round. */
	public static final long ROUND = 1;

	private final JdbcTemplate jdbc;

	private final LocalDate today;

	public ElectionTestData(JdbcTemplate jdbc, LocalDate today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	/** Today in the console's zone, as the service sees it with the system clock. */
	public static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	/**
	 * Results with the given members, one young member, an average age of 42.5, six
	 * graduates, and as many women on the committee as there are women, up to its
	 * members.
	 */
	public static ElectionResults results(int party, int residents, boolean oneShoulder, int cross, int women) {
		return new ElectionResults(party, residents, oneShoulder, cross, women, 1, new BigDecimal("42.5"), 6,
				Math.min(women, residents));
	}

	/** A new town after the seeded ones. */
	public long town(String name) {
		String code = "X" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		return insert("INSERT INTO town (code, name, kind, sort_order) VALUES (?, ?, 'TOWN', 9999)", code, name);
	}

	public long community(long townId, String name) {
		return community(townId, name, CommunityKind.VILLAGE);
	}

	public long community(long townId, String name, CommunityKind kind) {
		String code = "E" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
		return insert("INSERT INTO community (code, name, town_id, kind, households, population)"
				+ " VALUES (?, ?, ?, ?, 500, 1500)", code, name, townId, kind.name());
	}

	/**
	 * A new village of the town with an election standing at the stage, every stage
	 * before it completed on consecutive days ending yesterday, a Party meeting of 45 of
	 * 50 members electing 5 (their members not inserted), with 1000 registered voters, 9
	 * candidates for 7 seats, 900 ballots electing 7 (400 electing nobody in a 重新选举, 5
	 * elected before a 另行选举), and, once completed, 7 + 5 members of whom 2 hold both
	 * posts, with the secretary as director, 3 women (1 on the villagers' committee), 1
	 * under 35, an average age of 42.5 and 6 with a college degree.
	 */
	public long election(long townId, ElectionStage stage) {
		return election(townId, stage, Map.of());
	}

	/** As {@link #election(long, ElectionStage)}, with columns set as given. */
	public long election(long townId, ElectionStage stage, Map<String, @Nullable Object> overrides) {
		return election(townId, stage, CommunityKind.VILLAGE, overrides);
	}

	/**
	 * As {@link #election(long, ElectionStage)}, in a community of the kind, with columns
	 * set as given.
	 */
	public long election(long townId, ElectionStage stage, CommunityKind kind,
			Map<String, @Nullable Object> overrides) {
		long community = community(townId, "换届测试村" + ThreadLocalRandom.current().nextInt(1000, 9999), kind);
		Map<String, @Nullable Object> columns = new LinkedHashMap<>();
		columns.put("round_id", ROUND);
		columns.put("community_id", community);
		columns.put("town_id", townId);
		columns.put("stage", stage.name());
		List<String> dates = List.of("audit_done_on", "party_election_done_on", "committee_done_on",
				"voter_registration_done_on", "nomination_done_on", "voting_done_on", "supervisory_done_on",
				"handover_done_on");
		int done = stage.isSidePath() ? ElectionStage.VOTING.rank() + 1 : stage.rank();
		for (int i = 0; i < done; i++) {
			columns.put(dates.get(i), this.today.minusDays(done - i));
		}
		if (done > ElectionStage.PARTY_ELECTION.rank()) {
			columns.put("party_members_expected", 50);
			columns.put("party_members_present", 45);
			columns.put("party_seats", 5);
			columns.put("party_meetings_held", 1);
		}
		if (done > ElectionStage.VOTER_REGISTRATION.rank()) {
			columns.put("registered_voters", 1000);
		}
		if (done > ElectionStage.NOMINATION.rank()) {
			columns.put("candidates", 9);
			columns.put("seats", 7);
		}
		if (done > ElectionStage.VOTING.rank()) {
			columns.put("ballots_cast", (stage == ElectionStage.RE_VOTE) ? 400 : 900);
			columns.put("votes_held", 1);
			columns.put("elected", switch (stage) {
				case RE_VOTE -> 0;
				case SUPPLEMENTARY_VOTE -> 5;
				default -> 7;
			});
		}
		if (stage == ElectionStage.COMPLETED) {
			columns.put("party_committee_members", 7);
			columns.put("residents_committee_members", 5);
			columns.put("secretary_is_director", true);
			columns.put("cross_holding_count", 2);
			columns.put("women_members", 3);
			columns.put("members_under_35", 1);
			columns.put("average_age", new java.math.BigDecimal("42.5"));
			columns.put("college_members", 6);
			columns.put("committee_women", 1);
			columns.put("committee_without_woman", false);
		}
		columns.putAll(overrides);
		String names = String.join(", ", columns.keySet());
		String marks = String.join(", ", columns.keySet().stream().map(name -> "?").toList());
		return insert("INSERT INTO community_election (" + names + ") VALUES (" + marks + ")",
				columns.values().toArray());
	}

	/** The community of an election. */
	public long communityOf(long electionId) {
		return this.jdbc.queryForObject("SELECT community_id FROM community_election WHERE id = ?", Long.class,
				electionId);
	}

	/**
	 * Removes elections and their communities inserted by a test that does not roll back.
	 */
	public void delete(long electionId) {
		long community = communityOf(electionId);
		this.jdbc.update("DELETE FROM community_election WHERE id = ?", electionId);
		this.jdbc.update("DELETE FROM community WHERE id = ?", community);
	}

	private long insert(String sql, @Nullable Object... args) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

}
