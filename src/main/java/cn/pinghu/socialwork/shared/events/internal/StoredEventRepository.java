package cn.pinghu.socialwork.shared.events.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredEventRepository extends JpaRepository<StoredEvent, Long> {

}
