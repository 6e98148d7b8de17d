package cn.pinghu.socialwork.elections.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectionRoundRepository extends JpaRepository<ElectionRound, Long> {

	/** The open round: there is at most one. */
	Optional<ElectionRound> findFirstByClosedAtIsNullOrderByIdDesc();

}
