package cn.pinghu.socialwork.coverage;

import cn.pinghu.socialwork.organizations.OrganizationEdits;
import cn.pinghu.socialwork.shared.events.DomainEvents;

import org.springframework.stereotype.Component;

/**
 * Publishes every organisation edit as {@link OrganizationEdited}, in the transaction
 * that writes it: an edit may move its town's coverage figures, and the views and screens
 * that follow {@link CoverageChanged} refresh on it.
 */
@Component
class OrganizationEditedPublisher implements OrganizationEdits {

	private final DomainEvents events;

	OrganizationEditedPublisher(DomainEvents events) {
		this.events = events;
	}

	@Override
	public void edited(long organizationId, long townId) {
		this.events.publish(new OrganizationEdited(organizationId, townId));
	}

}
