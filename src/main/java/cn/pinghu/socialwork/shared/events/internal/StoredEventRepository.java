package cn.pinghu.socialwork.shared.events.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface StoredEventRepository extends JpaRepository<StoredEvent, Long> {

	/** The latest events of the types, the latest first (ix_domain_event_type_id). */
	List<StoredEvent> findByTypeInOrderByIdDesc(Collection<String> types, Pageable page);

	/**
	 * Deletes up to {@code limit} of the oldest rows that occurred before {@code before}.
	 */
	@Modifying
	@Transactional
	@Query(value = "DELETE FROM domain_event WHERE occurred_at < :before ORDER BY id LIMIT :limit", nativeQuery = true)
	int deleteOlderThan(@Param("before") Instant before, @Param("limit") int limit);

}
