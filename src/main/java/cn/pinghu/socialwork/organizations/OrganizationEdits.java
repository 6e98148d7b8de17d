package cn.pinghu.socialwork.organizations;

/**
 * Told of every organisation created, changed, archived, restored or imported, inside the
 * transaction that writes it: how a feature above the master data (the coverage drive,
 * whose figures an edit may move) hears of the edits without this feature naming it.
 */
public interface OrganizationEdits {

	/** An organisation of a town was written; called once per organisation written. */
	void edited(long organizationId, long townId);

}
