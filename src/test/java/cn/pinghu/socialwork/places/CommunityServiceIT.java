package cn.pinghu.socialwork.places;

import java.util.UUID;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static cn.pinghu.socialwork.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class CommunityServiceIT {

	/** 当湖街道, the demo coordinator's town. */
	private static final long DANGHU = 1L;

	private static final long ZHONGDAI = 2L;

	/** 钟埭街道's first community in the seeds. */
	private static final String ZHONGDAI_COMMUNITY = "T02001";

	private static final PageRequest ALL = PageRequest.of(0, 500);

	@Autowired
	CommunityService places;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void a_coordinator_lists_only_the_communities_of_their_towns() {
		signIn("coordinator", "COORDINATOR");

		assertThat(this.places.communities(CommunityFilter.inUse(), ALL)).isNotEmpty()
			.allSatisfy(community -> assertThat(community.townId()).isEqualTo(DANGHU));
		assertThat(this.places.communities(new CommunityFilter(null, ZHONGDAI, null, true), ALL)).isEmpty();
		assertThat(this.places.countCommunities(new CommunityFilter(null, ZHONGDAI, null, true))).isZero();
	}

	@Test
	void a_coordinator_updating_a_community_of_another_town_is_refused() {
		signIn("admin", "ADMIN");
		CommunitySummary other = byCode(ZHONGDAI_COMMUNITY);
		CommunityDraft draft = CommunityDraft.of(other);
		draft.setName("被改名的社区");
		signIn("coordinator", "COORDINATOR");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.places.updateCommunity(other.id(), draft));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.places.archiveCommunity(other.id(), other.version()));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.places.communityHistory(other.id()));

		signIn("admin", "ADMIN");
		assertThat(this.places.community(other.id())).isEqualTo(other);
	}

	@Test
	void a_coordinator_can_neither_create_in_nor_move_a_community_to_another_town() {
		signIn("coordinator", "COORDINATOR");
		CommunityDraft elsewhere = draft(newCode(), ZHONGDAI);

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.places.createCommunity(elsewhere));

		CommunitySummary own = this.places.createCommunity(draft(newCode(), DANGHU));
		CommunityDraft moved = CommunityDraft.of(own);
		moved.setTownId(ZHONGDAI);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.places.updateCommunity(own.id(), moved));
		assertThat(this.places.community(own.id()).townId()).isEqualTo(DANGHU);
	}

	@Test
	void creating_updating_and_archiving_write_one_audit_row_each_with_the_changed_fields() {
		signIn("admin", "ADMIN");
		String code = newCode();
		CommunitySummary created = this.places.createCommunity(draft(code, ZHONGDAI));
		CommunityDraft edit = CommunityDraft.of(created);
		edit.setName("新港社区");
		edit.setHouseholds(120);
		CommunitySummary updated = this.places.updateCommunity(created.id(), edit);
		this.places.archiveCommunity(updated.id(), updated.version());

		assertThat(this.places.communityHistory(created.id())).extracting(AuditEntry::action)
			.containsExactly(AuditAction.ARCHIVE, AuditAction.UPDATE, AuditAction.CREATE);
		AuditEntry update = this.places.communityHistory(created.id()).get(1);
		assertThat(update.username()).isEqualTo("admin");
		assertThat(update.townId()).isEqualTo(ZHONGDAI);
		assertThat(update.changes()).containsExactly(new FieldChange("name", "测试社区", "新港社区"),
				new FieldChange("households", "100", "120"));
		assertThat(this.places.communityHistory(created.id()).get(2).changes()).extracting(FieldChange::field)
			.containsExactly("code", "name", "townId", "kind", "households", "population");
	}

	@Test
	void saving_an_unchanged_form_writes_no_audit_row() {
		signIn("admin", "ADMIN");
		CommunitySummary created = this.places.createCommunity(draft(newCode(), ZHONGDAI));

		this.places.updateCommunity(created.id(), CommunityDraft.of(created));

		assertThat(this.places.communityHistory(created.id())).hasSize(1);
	}

	@Test
	void an_archived_community_is_listed_only_when_archived_rows_are_asked_for() {
		signIn("admin", "ADMIN");
		String code = newCode();
		CommunitySummary created = this.places.createCommunity(draft(code, ZHONGDAI));

		CommunitySummary archived = this.places.archiveCommunity(created.id(), created.version());

		assertThat(archived.archived()).isTrue();
		assertThat(this.places.communities(new CommunityFilter(code, null, null, false), ALL)).isEmpty();
		assertThat(this.places.communities(new CommunityFilter(code, null, null, true), ALL))
			.extracting(CommunitySummary::id)
			.containsExactly(created.id());
	}

	@Test
	void a_stale_version_is_refused_and_nothing_is_overwritten() {
		signIn("admin", "ADMIN");
		CommunitySummary created = this.places.createCommunity(draft(newCode(), ZHONGDAI));
		CommunityDraft first = CommunityDraft.of(created);
		CommunityDraft second = CommunityDraft.of(created);
		first.setName("先保存的名称");
		this.places.updateCommunity(created.id(), first);
		second.setName("后保存的名称");

		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.places.updateCommunity(created.id(), second));
		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.places.archiveCommunity(created.id(), created.version()));
		CommunitySummary stored = this.places.community(created.id());
		assertThat(stored.name()).isEqualTo("先保存的名称");
		assertThat(stored.archived()).isFalse();
		assertThat(this.places.communityHistory(created.id())).hasSize(2);
	}

	@Test
	void a_code_in_use_is_refused_at_the_code_field() {
		signIn("admin", "ADMIN");
		CommunitySummary created = this.places.createCommunity(draft(newCode(), ZHONGDAI));

		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.places.createCommunity(draft(ZHONGDAI_COMMUNITY, ZHONGDAI)))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("code"));
		CommunityDraft renamed = CommunityDraft.of(created);
		renamed.setCode(ZHONGDAI_COMMUNITY);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.places.updateCommunity(created.id(), renamed));
	}

	@Test
	void negative_counts_blank_names_and_malformed_codes_are_refused() {
		signIn("admin", "ADMIN");
		CommunityDraft negative = draft(newCode(), ZHONGDAI);
		negative.setPopulation(-1);
		CommunityDraft blank = draft(newCode(), ZHONGDAI);
		blank.setName(" ");
		CommunityDraft malformed = draft("t-01", ZHONGDAI);

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.places.createCommunity(negative))
			.withMessageContaining("places.validation.count-negative");
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.places.createCommunity(blank))
			.withMessageContaining("places.validation.name-required");
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.places.createCommunity(malformed))
			.withMessageContaining("places.validation.code-pattern");
	}

	@Test
	void the_list_searches_filters_and_sorts_in_the_database() {
		signIn("leader", "LEADER");

		var villages = this.places.communities(new CommunityFilter(null, DANGHU, CommunityKind.VILLAGE, false),
				PageRequest.of(0, 50, Sort.by(Sort.Order.desc("households"))));
		assertThat(villages.getContent()).isNotEmpty()
			.allSatisfy(community -> assertThat(community.kind()).isEqualTo(CommunityKind.VILLAGE));
		assertThat(villages.getContent()).extracting(CommunitySummary::households)
			.isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(this.places.communities(new CommunityFilter("东湖", null, null, false), ALL))
			.extracting(CommunitySummary::code)
			.contains("T01001");
		assertThat(this.places.communities(new CommunityFilter("t0100", null, null, false), ALL))
			.extracting(CommunitySummary::code)
			.allMatch(code -> code.startsWith("T0100"));
		assertThat(this.places.communities(new CommunityFilter("%", null, null, true), ALL)).isEmpty();
	}

	private CommunitySummary byCode(String code) {
		return this.places.communities(new CommunityFilter(code, null, null, true), ALL)
			.stream()
			.filter(community -> community.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static CommunityDraft draft(String code, long townId) {
		CommunityDraft draft = new CommunityDraft();
		draft.setCode(code);
		draft.setName("测试社区");
		draft.setTownId(townId);
		draft.setKind(CommunityKind.COMMUNITY);
		draft.setHouseholds(100);
		draft.setPopulation(300);
		return draft;
	}

	private static String newCode() {
		return "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

}
