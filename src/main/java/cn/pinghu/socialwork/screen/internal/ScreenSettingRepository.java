package cn.pinghu.socialwork.screen.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScreenSettingRepository extends JpaRepository<ScreenSetting, Long> {

	/**
	 * The row, locked until the transaction ends: two administrators who save at once
	 * change it one after the other, and each audit row says what the other left.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from ScreenSetting s where s.id = :id")
	Optional<ScreenSetting> findForUpdate(@Param("id") long id);

}
