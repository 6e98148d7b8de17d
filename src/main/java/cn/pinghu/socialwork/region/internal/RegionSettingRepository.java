package cn.pinghu.socialwork.region.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegionSettingRepository extends JpaRepository<RegionSettingRow, Long> {

	/**
	 * The row, locked until the transaction ends: two administrators who save at once
	 * change it one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from RegionSettingRow r where r.id = :id")
	Optional<RegionSettingRow> findForUpdate(@Param("id") long id);

}
