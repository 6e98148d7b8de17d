package cn.pinghu.socialwork.requests.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.pinghu.socialwork.requests.RequestCategory;
import cn.pinghu.socialwork.requests.RequestStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RiderRequestRepository extends JpaRepository<RiderRequest, Long> {

	/** The cases the worklist reads, as {@link #worklist} filters them. */
	String MATCHING = """
			FROM RiderRequest r
			WHERE (:allTowns = TRUE OR r.townId IN :towns)
			  AND (:town IS NULL OR r.townId = :town)
			  AND (:status IS NULL OR r.status = :status)
			  AND (:category IS NULL OR r.category = :category)
			  AND (:text IS NULL OR LOCATE(:text, r.text) > 0)""";

	/**
	 * Overdue cases first, then the open ones by the deadline they wait on, then the
	 * closed ones, latest closed first.
	 */
	@Query("SELECT r " + MATCHING + """
			ORDER BY CASE WHEN r.status <> :closed AND (r.closeDue < :now
			                  OR (r.status = :received AND r.replyDue < :now)) THEN 0
			              WHEN r.status <> :closed THEN 1 ELSE 2 END,
			         CASE WHEN r.status = :received THEN r.replyDue WHEN r.status <> :closed THEN r.closeDue END,
			         r.closedAt DESC, r.id DESC""")
	Slice<RiderRequest> worklist(@Param("allTowns") boolean allTowns, @Param("towns") Collection<Long> towns,
			@Param("town") @Nullable Long town, @Param("status") @Nullable RequestStatus status,
			@Param("category") @Nullable RequestCategory category, @Param("text") @Nullable String text,
			@Param("now") Instant now, @Param("closed") RequestStatus closed, @Param("received") RequestStatus received,
			Pageable pageable);

	@Query("SELECT COUNT(r) " + MATCHING)
	long countWorklist(@Param("allTowns") boolean allTowns, @Param("towns") Collection<Long> towns,
			@Param("town") @Nullable Long town, @Param("status") @Nullable RequestStatus status,
			@Param("category") @Nullable RequestCategory category, @Param("text") @Nullable String text);

	Optional<RiderRequest> findByRatingToken(String ratingToken);

	/** Closed cases that still hold a phone number and were closed before the instant. */
	@Query("SELECT r FROM RiderRequest r WHERE r.closedAt < :before AND r.phone IS NOT NULL ORDER BY r.id")
	List<RiderRequest> closedWithPhoneBefore(@Param("before") Instant before, Pageable pageable);

}
