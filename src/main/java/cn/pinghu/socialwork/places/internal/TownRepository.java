package cn.pinghu.socialwork.places.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TownRepository extends JpaRepository<Town, Long> {

	List<Town> findAllByOrderBySortOrderAscIdAsc();

}
