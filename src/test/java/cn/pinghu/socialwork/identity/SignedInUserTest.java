package cn.pinghu.socialwork.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two town scopes of a user (issue 16, item 2): leaders read every town, but a write
 * scope comes from the towns a user coordinates, whatever other roles they hold.
 */
class SignedInUserTest {

	@Test
	void a_leader_who_coordinates_one_town_reads_every_town_but_changes_only_that_one() {
		SignedInUser user = new SignedInUser("both", "both", Set.of(Role.LEADER, Role.COORDINATOR), Set.of(1L));

		assertThat(user.readScope()).isEqualTo(TownScope.all());
		assertThat(user.writeScope()).isEqualTo(TownScope.of(Set.of(1L)));
		assertThat(user.writeScope().includes(2L)).isFalse();
	}

	@Test
	void a_leader_alone_changes_no_town_even_with_towns_assigned() {
		SignedInUser leader = new SignedInUser("leader", "leader", Set.of(Role.LEADER), Set.of(1L));

		assertThat(leader.readScope()).isEqualTo(TownScope.all());
		assertThat(leader.writeScope().isEmpty()).isTrue();
	}

	@Test
	void a_coordinator_reads_and_changes_their_towns() {
		SignedInUser coordinator = new SignedInUser("c", "c", Set.of(Role.COORDINATOR), Set.of(1L, 3L));

		assertThat(coordinator.readScope()).isEqualTo(TownScope.of(Set.of(1L, 3L)));
		assertThat(coordinator.writeScope()).isEqualTo(TownScope.of(Set.of(1L, 3L)));
	}

	@Test
	void an_administrator_changes_every_town() {
		SignedInUser admin = new SignedInUser("admin", "admin", Set.of(Role.ADMIN), Set.of());

		assertThat(admin.readScope()).isEqualTo(TownScope.all());
		assertThat(admin.writeScope()).isEqualTo(TownScope.all());
	}

}
