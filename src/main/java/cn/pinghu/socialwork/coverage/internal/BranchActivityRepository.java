package cn.pinghu.socialwork.coverage.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BranchActivityRepository extends JpaRepository<BranchActivity, Long> {

	List<BranchActivity> findTop20ByPartyOrganizationIdOrderByHeldOnDescIdDesc(long partyOrganizationId);

}
