package cn.pinghu.socialwork.organizations.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.pinghu.socialwork.organizations.BranchForm;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PartyOrganizationRepository extends JpaRepository<PartyOrganization, Long> {

	/** A town's Party organisation in use of this form and name, the oldest first. */
	Optional<PartyOrganization> findFirstByTownIdAndFormAndNameAndArchivedAtIsNullOrderByIdAsc(long townId,
			BranchForm form, String name);

	/**
	 * The Party organisations in use that an organisation of the town may join: the
	 * town's own and the city-wide ones, by name.
	 */
	@Query("SELECT p FROM PartyOrganization p WHERE p.archivedAt IS NULL AND (p.townId = :townId OR p.townId IS NULL)"
			+ " ORDER BY p.name, p.id")
	List<PartyOrganization> findJoinable(@Param("townId") long townId);

	/** How many organisations belong to each of these Party organisations. */
	@Query("SELECT o.partyOrganizationId, COUNT(o) FROM Organization o WHERE o.partyOrganizationId IN :ids"
			+ " GROUP BY o.partyOrganizationId")
	List<Object[]> countMembers(@Param("ids") Collection<Long> ids);

}
