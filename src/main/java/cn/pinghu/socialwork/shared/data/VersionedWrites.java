package cn.pinghu.socialwork.shared.data;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The version check and the immediate write of one kind of master data: a form that read
 * version 3 must not overwrite version 4, and a concurrent save or a duplicate key must
 * reach the form as the exception it shows ({@link StaleVersionException} or an inline
 * {@link FieldRejectedException}) rather than fail at commit.
 */
public final class VersionedWrites {

	private final String entityType;

	private final @Nullable String uniqueField;

	private final @Nullable String uniqueMessageKey;

	private VersionedWrites(String entityType, @Nullable String uniqueField, @Nullable String uniqueMessageKey) {
		this.entityType = entityType;
		this.uniqueField = uniqueField;
		this.uniqueMessageKey = uniqueMessageKey;
	}

	/**
	 * Writes of a kind whose key must be unique: a write that breaks a unique constraint
	 * is refused at the key's field with the message.
	 * @param entityType the type as the audit trail names it
	 */
	public static VersionedWrites of(String entityType, String uniqueField, String uniqueMessageKey) {
		return new VersionedWrites(entityType, uniqueField, uniqueMessageKey);
	}

	/**
	 * Writes of a kind with nothing unique that a form sets: a broken constraint is a
	 * fault, and surfaces as such.
	 */
	public static VersionedWrites of(String entityType) {
		return new VersionedWrites(entityType, null, null);
	}

	/**
	 * @throws StaleVersionException when the stored record is no longer the version the
	 * caller read
	 */
	public void checkVersion(Versioned stored, long readVersion) {
		if (stored.getVersion() != readVersion) {
			throw new StaleVersionException(this.entityType, stored.getId());
		}
	}

	/**
	 * Refuses a key that another record holds already, at the key's field with the
	 * message; checked before the write, so that the form shows it inline.
	 * @param taken whether the key is taken
	 * @throws FieldRejectedException when it is
	 */
	public void checkFree(boolean taken) {
		if (taken) {
			throw keyTaken();
		}
	}

	/**
	 * Runs a write that flushes ({@code saveAndFlush}) and translates what it may fail
	 * with.
	 * @param id the record's id for the message; 0 for a new one
	 * @throws StaleVersionException when somebody else saved the record in the meantime
	 * @throws FieldRejectedException when the key is taken
	 */
	public <E> E flush(long id, Supplier<E> write) {
		try {
			return write.get();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleVersionException(this.entityType, id, ex);
		}
		catch (DataIntegrityViolationException ex) {
			throw keyTaken(ex);
		}
	}

	/**
	 * Runs an insert that does not flush the rest of the persistence context (a new
	 * record has no version to be stale).
	 * @throws FieldRejectedException when the key is taken
	 */
	public <E> E insert(Supplier<E> write) {
		try {
			return write.get();
		}
		catch (DataIntegrityViolationException ex) {
			throw keyTaken(ex);
		}
	}

	private RuntimeException keyTaken(DataIntegrityViolationException ex) {
		if (this.uniqueField == null || this.uniqueMessageKey == null) {
			return ex;
		}
		return keyTaken();
	}

	private FieldRejectedException keyTaken() {
		if (this.uniqueField == null || this.uniqueMessageKey == null) {
			throw new IllegalStateException(this.entityType + " has no unique key to refuse");
		}
		return new FieldRejectedException(this.uniqueField, this.uniqueMessageKey);
	}

}
