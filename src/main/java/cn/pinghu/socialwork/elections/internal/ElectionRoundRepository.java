package cn.pinghu.socialwork.elections.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectionRoundRepository extends JpaRepository<ElectionRound, Long> {

	Optional<ElectionRound> findFirstByStartsOnLessThanEqualOrderByStartsOnDescIdDesc(LocalDate day);

	Optional<ElectionRound> findFirstByOrderByStartsOnAscIdAsc();

}
