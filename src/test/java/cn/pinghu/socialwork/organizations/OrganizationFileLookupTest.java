package cn.pinghu.socialwork.organizations;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.organizations.OrganizationFile.InstructorRef;
import cn.pinghu.socialwork.places.CommunityKind;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.shared.transfer.CellRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OrganizationFileLookupTest {

	private static final long TOWN = 1;

	private static final long OTHER_TOWN = 2;

	private final OrganizationFileLookup lookup = new OrganizationFileLookup(TownScope.of(Set.of(TOWN, OTHER_TOWN)),
			List.of(community(11, "C011", "东村", TOWN, false), community(12, "C012", "西村", TOWN, false),
					community(13, "C013", "西村", TOWN, false), community(14, "C014", "南村", OTHER_TOWN, false),
					community(15, "C015", "北村", TOWN, true), community(16, "C016", "北村", TOWN, false)),
			List.of(new InstructorRef(21, "ZD0001", "周超", Set.of(TOWN), false),
					new InstructorRef(22, "ZD0002", "李明", Set.of(TOWN), false),
					new InstructorRef(23, "ZD0003", "李明", Set.of(TOWN), false),
					new InstructorRef(24, "ZD0004", "王芳", Set.of(OTHER_TOWN), false)));

	@Test
	void a_community_is_named_by_code_or_by_name_among_the_towns() {
		assertThat(this.lookup.community("c011", TOWN)).isEqualTo(11L);
		assertThat(this.lookup.community("东村", TOWN)).isEqualTo(11L);
		assertThat(this.lookup.community("北村", TOWN)).as("the one in use first").isEqualTo(16L);
		assertThat(this.lookup.community("", TOWN)).isNull();
		assertThat(this.lookup.community("东村", 3L)).as("not the caller's town").isNull();
		assertThat(this.lookup.community("东村", null)).isNull();
	}

	@Test
	void a_community_name_that_is_ambiguous_of_another_town_or_unknown_is_refused() {
		assertRefused(() -> this.lookup.community("西村", TOWN), "organizations.import.community-ambiguous");
		assertRefused(() -> this.lookup.community("南村", TOWN), "organizations.validation.community-not-in-town");
		assertRefused(() -> this.lookup.community("无村", TOWN), "organizations.import.community-unknown");
	}

	@Test
	void an_instructor_is_named_by_code_by_name_or_as_exports_write_them() {
		assertThat(this.lookup.instructor("ZD0001", TOWN)).isEqualTo(21L);
		assertThat(this.lookup.instructor("周超", TOWN)).isEqualTo(21L);
		assertThat(this.lookup.instructor("李明（ZD0003）", TOWN)).isEqualTo(23L);
		assertThat(this.lookup.instructor("李明(ZD0002)", TOWN)).isEqualTo(22L);
		assertThat(this.lookup.instructorName(21L)).isEqualTo("周超（ZD0001）");
		assertThat(this.lookup.instructorName(null)).isNull();
		assertThat(this.lookup.communityName(11L)).isEqualTo("东村");
	}

	@Test
	void an_instructor_name_that_is_ambiguous_of_another_town_or_unknown_is_refused() {
		assertRefused(() -> this.lookup.instructor("李明", TOWN), "organizations.import.instructor-ambiguous");
		assertRefused(() -> this.lookup.instructor("王芳", TOWN), "organizations.validation.instructor-not-in-town");
		assertRefused(() -> this.lookup.instructor("赵六", TOWN), "organizations.import.instructor-unknown");
	}

	private static void assertRefused(Runnable lookup, String messageKey) {
		assertThatExceptionOfType(CellRejectedException.class).isThrownBy(lookup::run)
			.satisfies(refused -> assertThat(refused.reason().key()).isEqualTo(messageKey));
	}

	private static CommunitySummary community(long id, String code, String name, long townId, boolean archived) {
		return new CommunitySummary(id, code, name, townId, CommunityKind.values()[0], 0, 0,
				archived ? Instant.EPOCH : null, 0);
	}

}
