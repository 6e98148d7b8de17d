package cn.pinghu.socialwork.organizations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.organizations.internal.Instructor;
import cn.pinghu.socialwork.organizations.internal.Organization;
import org.jspecify.annotations.Nullable;

/**
 * What the rows of one chunk of an organisation import refer to, read once for the chunk
 * by {@link OrganizationService#importChunk}: the towns the caller changes, the towns,
 * communities and instructors, and the stored organisations with the chunk's credit
 * codes, to which the organisations the chunk creates are added. Valid only in the
 * transaction that read it.
 */
public final class OrganizationImportChunk implements OrganizationRules.References {

	private final TownScope scope;

	private final Set<Long> towns;

	private final Map<Long, Long> communityTowns;

	private final Map<Long, Instructor> instructors;

	private final Map<String, Organization> organizations = new HashMap<>();

	OrganizationImportChunk(TownScope scope, Set<Long> towns, Map<Long, Long> communityTowns,
			Map<Long, Instructor> instructors, List<Organization> stored) {
		this.scope = scope;
		this.towns = Set.copyOf(towns);
		this.communityTowns = communityTowns;
		this.instructors = instructors;
		stored.forEach(this::add);
	}

	/** The stored organisation with the credit code, if any. */
	@Nullable Organization organization(String creditCode) {
		return this.organizations.get(creditCode);
	}

	/** Adds an organisation the chunk created, for the rows after it. */
	void add(Organization organization) {
		this.organizations.put(organization.getCreditCode(), organization);
	}

	@Override
	public boolean writable(long townId) {
		return this.scope.includes(townId);
	}

	@Override
	public boolean townExists(long townId) {
		return this.towns.contains(townId);
	}

	@Override
	public boolean communityOfTown(long communityId, long townId) {
		return Objects.equals(this.communityTowns.get(communityId), townId);
	}

	@Override
	public Optional<Instructor> instructor(long instructorId) {
		return Optional.ofNullable(this.instructors.get(instructorId));
	}

	@Override
	public boolean creditCodeTaken(String creditCode, @Nullable Organization current) {
		Organization other = this.organizations.get(creditCode);
		return other != null && (current == null || !Objects.equals(other.getId(), current.getId()));
	}

}
