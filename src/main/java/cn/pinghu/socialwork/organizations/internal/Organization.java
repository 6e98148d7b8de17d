package cn.pinghu.socialwork.organizations.internal;

import java.time.LocalDate;

import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrgKind;
import cn.pinghu.socialwork.organizations.OrgStatus;
import cn.pinghu.socialwork.shared.data.ArchivableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A new economic or social organisation and how the Party covers it. Towns, communities
 * and instructors are referenced by id, so that the entity stays small.
 */
@Entity
@Table(name = "organization")
public class Organization extends ArchivableEntity {

	@Column(nullable = false, length = 128)
	private String name;

	@Column(name = "credit_code", nullable = false, unique = true, length = 18, columnDefinition = "char(18)")
	private String creditCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private OrgKind kind;

	@Column(nullable = false, length = 64)
	private String industry;

	@Column(name = "town_id", nullable = false)
	private long townId;

	@Column(name = "community_id")
	private @Nullable Long communityId;

	@Column(nullable = false)
	private String address;

	@Column(nullable = false)
	private int employees;

	@Column(name = "full_members", nullable = false)
	private int fullMembers;

	@Enumerated(EnumType.STRING)
	@Column(name = "branch_form", nullable = false, length = 16)
	private BranchForm branchForm = BranchForm.NONE;

	@Column(name = "branch_name", length = 128)
	private @Nullable String branchName;

	@Column(name = "branch_formed_on")
	private @Nullable LocalDate branchFormedOn;

	@Column(name = "branch_members")
	private @Nullable Integer branchMembers;

	@Column(name = "instructor_id")
	private @Nullable Long instructorId;

	/**
	 * The Party organisation the organisation belongs to; set while the branch form
	 * covers, and the branch's form, name and date above repeat that record's.
	 */
	@Column(name = "party_organization_id")
	private @Nullable Long partyOrganizationId;

	@Column(name = "contact_name", length = 32)
	private @Nullable String contactName;

	@Column(name = "contact_phone", length = 32)
	private @Nullable String contactPhone;

	@Column(name = "uncovered_reason")
	private @Nullable String uncoveredReason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private OrgStatus status;

	/**
	 * What the quick search reads: name, credit code, contact name and phone,
	 * lower-cased, as bytes. MariaDB computes it (a generated column, changeset 0610);
	 * never written here.
	 */
	@Column(name = "search_key", columnDefinition = "varbinary(852)", insertable = false, updatable = false)
	private @Nullable String searchKey;

	protected Organization() {
	}

	/** A new organisation as the master data records it; see {@link #change}. */
	public Organization(MasterData data) {
		change(data);
	}

	/**
	 * Sets what the master data keeps of the organisation. Without a branch the branch's
	 * name, date and members are cleared, and a reason for being uncovered may be kept. A
	 * branch takes the formation date the data gives; without one it keeps the date it
	 * has, so that an edit or a re-import never moves it (and with it the dormancy
	 * warning). A branch recorded here for the first time counts the full members, and a
	 * covered organisation keeps no reason.
	 * @throws IllegalArgumentException if a branch recorded here for the first time has
	 * no formation date
	 */
	public final void change(MasterData data) {
		this.name = data.name();
		this.creditCode = data.creditCode();
		this.kind = data.kind();
		this.industry = data.industry();
		this.townId = data.townId();
		this.communityId = data.communityId();
		this.address = data.address();
		this.employees = data.employees();
		this.fullMembers = data.fullMembers();
		BranchForm form = data.branchForm();
		if (!form.covers()) {
			this.branchName = null;
			this.branchFormedOn = null;
			this.branchMembers = null;
			this.partyOrganizationId = null;
		}
		else {
			boolean newBranch = !this.branchForm.covers() || this.branchFormedOn == null;
			LocalDate formedOn = data.branchFormedOn();
			if (formedOn != null) {
				this.branchFormedOn = formedOn;
			}
			else if (newBranch) {
				throw new IllegalArgumentException(
						"A new branch of " + data.creditCode() + " needs its formation date");
			}
			if (newBranch) {
				this.branchMembers = data.fullMembers();
			}
			this.branchName = data.branchName();
		}
		this.branchForm = form;
		this.instructorId = data.instructorId();
		this.contactName = data.contactName();
		this.contactPhone = data.contactPhone();
		this.uncoveredReason = form.covers() ? null : data.uncoveredReason();
		this.status = data.status();
	}

	/**
	 * Records the Party organisation that now covers the organisation, with
	 * {@code members} of its full members in it; it is no longer uncovered.
	 */
	public void join(PartyOrganization party, int members) {
		this.branchMembers = members;
		this.fullMembers = Math.max(this.fullMembers, members);
		moveTo(party);
	}

	/**
	 * Moves the organisation to another Party organisation; its branch's form, name and
	 * date become that one's.
	 */
	public void moveTo(PartyOrganization party) {
		this.partyOrganizationId = party.getId();
		this.branchForm = party.getForm();
		this.branchName = party.getName();
		this.branchFormedOn = party.getFormedOn();
		this.uncoveredReason = null;
	}

	public void assignInstructor(long instructorId) {
		this.instructorId = instructorId;
	}

	public void recordUncoveredReason(String reason) {
		this.uncoveredReason = reason;
	}

	public String getName() {
		return this.name;
	}

	public String getCreditCode() {
		return this.creditCode;
	}

	public OrgKind getKind() {
		return this.kind;
	}

	public String getIndustry() {
		return this.industry;
	}

	public long getTownId() {
		return this.townId;
	}

	public @Nullable Long getCommunityId() {
		return this.communityId;
	}

	public String getAddress() {
		return this.address;
	}

	public int getEmployees() {
		return this.employees;
	}

	public int getFullMembers() {
		return this.fullMembers;
	}

	public BranchForm getBranchForm() {
		return this.branchForm;
	}

	public @Nullable String getBranchName() {
		return this.branchName;
	}

	public @Nullable LocalDate getBranchFormedOn() {
		return this.branchFormedOn;
	}

	public @Nullable Integer getBranchMembers() {
		return this.branchMembers;
	}

	public @Nullable Long getInstructorId() {
		return this.instructorId;
	}

	public @Nullable Long getPartyOrganizationId() {
		return this.partyOrganizationId;
	}

	public @Nullable String getContactName() {
		return this.contactName;
	}

	public @Nullable String getContactPhone() {
		return this.contactPhone;
	}

	public @Nullable String getUncoveredReason() {
		return this.uncoveredReason;
	}

	public OrgStatus getStatus() {
		return this.status;
	}

	/** The fields the organisation master data sets, all at once. */
	public record MasterData(String name, String creditCode, OrgKind kind, String industry, long townId,
			@Nullable Long communityId, String address, int employees, int fullMembers, BranchForm branchForm,
			@Nullable String branchName, @Nullable LocalDate branchFormedOn, @Nullable Long instructorId,
			@Nullable String contactName, @Nullable String contactPhone, @Nullable String uncoveredReason,
			OrgStatus status) {
	}

}
