package cn.pinghu.socialwork.organizations.internal;

import java.time.LocalDate;

import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.PartyOrganizationLevel;
import cn.pinghu.socialwork.shared.data.ArchivableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A Party organisation (党组织): a branch, general branch or committee that covers one
 * organisation or many. Its home town is empty when it serves the whole city; the parent,
 * the town and the organisations it covers are referenced by id.
 */
@Entity
@Table(name = "party_organization")
public class PartyOrganization extends ArchivableEntity {

	@Column(nullable = false, length = 128)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private PartyOrganizationLevel level;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private BranchForm form;

	@Column(name = "parent_id")
	private @Nullable Long parentId;

	@Column(name = "secretary_name", length = 32)
	private @Nullable String secretaryName;

	@Column(name = "formed_on")
	private @Nullable LocalDate formedOn;

	@Column(name = "full_members", nullable = false)
	private int fullMembers;

	@Column(name = "probationary_members", nullable = false)
	private int probationaryMembers;

	@Column(name = "town_id")
	private @Nullable Long townId;

	protected PartyOrganization() {
	}

	public PartyOrganization(Data data) {
		change(data);
	}

	/**
	 * Sets what the record keeps. A formation date already known is kept when the data
	 * gives none, so that an edit never moves it (and with it the dormancy warning).
	 * @throws IllegalArgumentException if the form is {@link BranchForm#NONE}
	 */
	public final void change(Data data) {
		if (!data.form().covers()) {
			throw new IllegalArgumentException("A Party organisation has a form that covers");
		}
		this.name = data.name();
		this.level = data.level();
		this.form = data.form();
		this.parentId = data.parentId();
		this.secretaryName = data.secretaryName();
		if (data.formedOn() != null) {
			this.formedOn = data.formedOn();
		}
		this.fullMembers = data.fullMembers();
		this.probationaryMembers = data.probationaryMembers();
		this.townId = data.townId();
	}

	/**
	 * Counts {@code members} more full members (fewer when negative), never below none:
	 * an organisation joining or leaving brings or takes its members.
	 */
	public void addFullMembers(int members) {
		this.fullMembers = Math.max(0, this.fullMembers + members);
	}

	public String getName() {
		return this.name;
	}

	public PartyOrganizationLevel getLevel() {
		return this.level;
	}

	public BranchForm getForm() {
		return this.form;
	}

	public @Nullable Long getParentId() {
		return this.parentId;
	}

	public @Nullable String getSecretaryName() {
		return this.secretaryName;
	}

	public @Nullable LocalDate getFormedOn() {
		return this.formedOn;
	}

	public int getFullMembers() {
		return this.fullMembers;
	}

	public int getProbationaryMembers() {
		return this.probationaryMembers;
	}

	public @Nullable Long getTownId() {
		return this.townId;
	}

	/** The fields of a Party organisation, all at once. */
	public record Data(String name, PartyOrganizationLevel level, BranchForm form, @Nullable Long parentId,
			@Nullable String secretaryName, @Nullable LocalDate formedOn, int fullMembers, int probationaryMembers,
			@Nullable Long townId) {
	}

}
