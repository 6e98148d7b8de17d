package cn.pinghu.socialwork.workdays.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkingCalendarDayRepository extends JpaRepository<WorkingCalendarDay, Long> {

	List<WorkingCalendarDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

	Optional<WorkingCalendarDay> findByDay(LocalDate day);

	boolean existsByDayBetween(LocalDate from, LocalDate to);

}
