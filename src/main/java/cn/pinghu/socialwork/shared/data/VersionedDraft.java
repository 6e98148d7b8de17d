package cn.pinghu.socialwork.shared.data;

/**
 * A master-data record as a form edits it: a bean, because Vaadin's Binder writes fields
 * one by one, carrying the version the form was read at, which a save checks
 * ({@link VersionedWrites}).
 */
public abstract class VersionedDraft {

	/** The version the form was read at; ignored on create and on upserts. */
	private long version;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
