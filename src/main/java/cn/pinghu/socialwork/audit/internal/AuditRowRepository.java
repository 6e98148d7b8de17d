package cn.pinghu.socialwork.audit.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AuditRowRepository extends JpaRepository<AuditRow, Long>, JpaSpecificationExecutor<AuditRow> {

}
