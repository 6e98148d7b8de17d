package cn.pinghu.socialwork.audit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AuditRowRepository extends JpaRepository<AuditRow, Long>, JpaSpecificationExecutor<AuditRow> {

	@Query("select distinct a.entityType from AuditRow a order by a.entityType")
	List<String> findEntityTypes();

}
