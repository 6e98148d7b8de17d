package cn.pinghu.socialwork.places;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.places.internal.CommunityRepository;
import cn.pinghu.socialwork.places.internal.Town;
import cn.pinghu.socialwork.places.internal.TownRepository;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.QuickSearch;
import cn.pinghu.socialwork.shared.data.VersionedWrites;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Towns (镇街道) as master data: everybody with a console role reads them, administrators
 * change them. Towns are referenced everywhere, so a town is deleted only while nothing
 * names it; a town with communities never. Every change is published
 * ({@link TownEdited}): the campaigns' figures list the towns.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class TownService {

	/** The entity type towns have in the audit trail. */
	public static final String TOWN = "Town";

	private static final VersionedWrites WRITES = VersionedWrites.of(TOWN, "code", "places.validation.code-taken");

	private final TownRepository towns;

	private final CommunityRepository communities;

	private final AuditService audit;

	private final DomainEvents events;

	private final RegionService region;

	TownService(TownRepository towns, CommunityRepository communities, AuditService audit, DomainEvents events,
			RegionService region) {
		this.towns = towns;
		this.communities = communities;
		this.audit = audit;
		this.events = events;
		this.region = region;
	}

	/**
	 * A page of the towns whose code or name contains the text, in display order, without
	 * counting them: the count is {@link #countTowns}.
	 */
	@PreAuthorize(Access.READERS)
	public Slice<TownDetails> towns(String query, Pageable pageable) {
		Sort sort = pageable.getSort().and(Sort.by("sortOrder", "id"));
		Pageable sorted = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
				: Pageable.unpaged(sort);
		return this.towns.search(QuickSearch.upperCasePattern(query), sorted).map(this::toDetails);
	}

	/** How many towns {@link #towns} finds for the text. */
	@PreAuthorize(Access.READERS)
	public long countTowns(String query) {
		return this.towns.countMatching(QuickSearch.upperCasePattern(query));
	}

	@PreAuthorize(Access.READERS)
	public TownDetails town(long id) {
		return toDetails(find(id));
	}

	/** The town with the code, if there is one. */
	@PreAuthorize(Access.READERS)
	public Optional<TownDetails> townByCode(String code) {
		return this.towns.findByCode(code).map(this::toDetails);
	}

	@PreAuthorize(Access.READERS)
	public List<AuditEntry> townHistory(long id) {
		find(id);
		return this.audit.history(TOWN, id);
	}

	@Transactional
	@PreAuthorize(Access.ADMIN)
	public TownDetails createTown(@Valid TownDraft draft) {
		checkUnique(draft, 0L);
		Town town = flush(new Town(code(draft), name(draft), Objects.requireNonNull(draft.getKind()),
				Objects.requireNonNull(draft.getSortOrder()), divisionCode(draft)), 0L);
		this.audit.record(AuditAction.CREATE, TOWN, town.getId(), town.getId(),
				FieldDiff.created(FieldDiff.fields(audited(town))));
		this.events.publish(new TownEdited(town.getId()));
		return toDetails(town);
	}

	@Transactional
	@PreAuthorize(Access.ADMIN)
	public TownDetails updateTown(long id, @Valid TownDraft draft) {
		Town town = find(id);
		WRITES.checkVersion(town, draft.getVersion());
		checkUnique(draft, id);
		AuditedTown before = audited(town);
		town.change(code(draft), name(draft), Objects.requireNonNull(draft.getKind()),
				Objects.requireNonNull(draft.getSortOrder()), divisionCode(draft));
		List<FieldChange> changes = FieldDiff.between(before, audited(town));
		if (!changes.isEmpty()) {
			flush(town, id);
			this.audit.record(AuditAction.UPDATE, TOWN, id, id, changes);
			this.events.publish(new TownEdited(id));
		}
		return toDetails(town);
	}

	/**
	 * Deletes a town that nothing names.
	 * @throws TownInUseException when communities or other records name it
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public void deleteTown(long id, long version) {
		Town town = find(id);
		WRITES.checkVersion(town, version);
		if (this.communities.countByTownId(id) > 0) {
			throw new TownInUseException("towns.delete.has-communities");
		}
		List<FieldChange> changes = FieldDiff.between(FieldDiff.fields(audited(town)), Map.of());
		try {
			this.towns.delete(town);
			this.towns.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new TownInUseException("towns.delete.referenced");
		}
		this.audit.record(AuditAction.DELETE, TOWN, id, null, changes);
		this.events.publish(new TownEdited(id));
	}

	private void checkUnique(TownDraft draft, long id) {
		WRITES.checkFree(this.towns.existsByCodeAndIdNot(code(draft), id));
		if (this.towns.existsByNameAndIdNot(name(draft), id)) {
			throw new FieldRejectedException("name", "towns.validation.name-taken");
		}
		String divisionCode = divisionCode(draft);
		if (divisionCode == null) {
			return;
		}
		String county = this.region.current().divisionCode();
		if (county != null && !divisionCode.startsWith(county)) {
			throw new FieldRejectedException("divisionCode", "towns.validation.division-code-county", county);
		}
		if (this.towns.existsByDivisionCodeAndIdNot(divisionCode, id)) {
			throw new FieldRejectedException("divisionCode", "towns.validation.division-code-taken");
		}
	}

	private static @Nullable String divisionCode(TownDraft draft) {
		String code = draft.getDivisionCode();
		return (code == null || code.isBlank()) ? null : code.strip();
	}

	private Town find(long id) {
		return this.towns.findById(id).orElseThrow(() -> new IllegalArgumentException("No town " + id));
	}

	private Town flush(Town town, long id) {
		return WRITES.flush(id, () -> this.towns.saveAndFlush(town));
	}

	private static String code(TownDraft draft) {
		return Objects.requireNonNull(draft.getCode());
	}

	private static String name(TownDraft draft) {
		return Objects.requireNonNull(draft.getName()).strip();
	}

	private TownDetails toDetails(Town town) {
		return new TownDetails(town.getId(), town.getCode(), town.getName(), town.getKind(), town.getSortOrder(),
				town.getDivisionCode(), this.communities.countByTownId(town.getId()), town.getVersion());
	}

	private static AuditedTown audited(Town town) {
		return new AuditedTown(town.getCode(), town.getName(), town.getKind(), town.getSortOrder(),
				town.getDivisionCode());
	}

	/** The fields of a town that the audit trail follows. */
	private record AuditedTown(String code, String name, TownKind kind, int sortOrder, @Nullable String divisionCode) {
	}

}
