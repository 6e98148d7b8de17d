package cn.pinghu.socialwork.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.shared.validation.Phone;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import cn.pinghu.socialwork.shared.data.AddressedDraft;
import org.jspecify.annotations.Nullable;

/**
 * An organisation as the master-data form (and, later, an import row) edits it: a bean,
 * because Vaadin's Binder writes fields one by one. The messages are translation keys
 * ({@code i18n/organizations}). Rules over several fields are in {@link #problems()},
 * which the service enforces and the form shows at the fields before saving.
 */
public class OrganizationDraft extends AddressedDraft {

	@NotBlank(message = "organizations.validation.name-required")
	@Size(max = 128, message = "organizations.validation.name-too-long")
	private @Nullable String name;

	@NotBlank(message = "organizations.validation.credit-code-required")
	@ValidCreditCode
	private @Nullable String creditCode;

	@NotNull(message = "organizations.validation.kind-required")
	private @Nullable OrgKind kind = OrgKind.ECONOMIC;

	@NotBlank(message = "organizations.validation.industry-required")
	@Size(max = 64, message = "organizations.validation.industry-too-long")
	private @Nullable String industry;

	@NotNull(message = "organizations.validation.count-required")
	@Min(value = 0, message = "organizations.validation.count-negative")
	private @Nullable Integer employees = 0;

	@NotNull(message = "organizations.validation.count-required")
	@Min(value = 0, message = "organizations.validation.count-negative")
	private @Nullable Integer fullMembers = 0;

	@NotNull(message = "organizations.validation.branch-form-required")
	private @Nullable BranchForm branchForm = BranchForm.NONE;

	@Size(max = 128, message = "organizations.validation.branch-name-too-long")
	private @Nullable String branchName;

	/**
	 * The day the branch was formed; empty keeps the date a covered organisation has, and
	 * a branch recorded for the first time needs one ({@link OrganizationRules}).
	 */
	private @Nullable LocalDate branchFormedOn;

	private @Nullable Long instructorId;

	@Size(max = 32, message = "organizations.validation.contact-name-too-long")
	private @Nullable String contactName;

	@Phone
	private @Nullable String contactPhone;

	@Size(max = 255, message = "organizations.validation.reason-too-long")
	private @Nullable String uncoveredReason;

	@NotNull(message = "organizations.validation.status-required")
	private @Nullable OrgStatus status = OrgStatus.ACTIVE;

	public OrganizationDraft() {
	}

	/** A draft of an existing organisation, carrying its version. */
	public static OrganizationDraft of(OrganizationDetails organization) {
		OrganizationDraft draft = new OrganizationDraft();
		draft.name = organization.name();
		draft.creditCode = organization.creditCode();
		draft.kind = organization.kind();
		draft.industry = organization.industry();
		draft.setTownId(organization.townId());
		draft.setCommunityId(organization.communityId());
		draft.setAddress(organization.address());
		draft.employees = organization.employees();
		draft.fullMembers = organization.fullMembers();
		draft.branchForm = organization.branchForm();
		draft.branchName = organization.branchName();
		draft.branchFormedOn = organization.branchFormedOn();
		draft.instructorId = organization.instructorId();
		draft.contactName = organization.contactName();
		draft.contactPhone = organization.contactPhone();
		draft.uncoveredReason = organization.uncoveredReason();
		draft.status = organization.status();
		draft.setVersion(organization.version());
		return draft;
	}

	/**
	 * The rules over several fields that this draft breaks, each at the field the user
	 * should change: full members no more than employees, a standalone branch with at
	 * least three full members, and a covered organisation's branch with a name. Rules
	 * that need the database (unique code, community of the town, instructor of the town)
	 * are the service's.
	 */
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (this.employees != null && this.fullMembers != null && this.fullMembers > this.employees) {
			problems.add(new Problem("fullMembers", "organizations.validation.members-over-employees"));
		}
		if (this.branchForm == BranchForm.STANDALONE && this.fullMembers != null
				&& this.fullMembers < BranchForm.STANDALONE_MIN_MEMBERS) {
			problems.add(new Problem("branchForm", "organizations.validation.standalone-members"));
		}
		if (this.branchForm != null && this.branchForm.covers()
				&& (this.branchName == null || this.branchName.isBlank())) {
			problems.add(new Problem("branchName", "organizations.validation.branch-name-required"));
		}
		return problems;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getCreditCode() {
		return this.creditCode;
	}

	public void setCreditCode(@Nullable String creditCode) {
		this.creditCode = creditCode;
	}

	public @Nullable OrgKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable OrgKind kind) {
		this.kind = kind;
	}

	public @Nullable String getIndustry() {
		return this.industry;
	}

	public void setIndustry(@Nullable String industry) {
		this.industry = industry;
	}

	public @Nullable Integer getEmployees() {
		return this.employees;
	}

	public void setEmployees(@Nullable Integer employees) {
		this.employees = employees;
	}

	public @Nullable Integer getFullMembers() {
		return this.fullMembers;
	}

	public void setFullMembers(@Nullable Integer fullMembers) {
		this.fullMembers = fullMembers;
	}

	public @Nullable BranchForm getBranchForm() {
		return this.branchForm;
	}

	public void setBranchForm(@Nullable BranchForm branchForm) {
		this.branchForm = branchForm;
	}

	public @Nullable String getBranchName() {
		return this.branchName;
	}

	public void setBranchName(@Nullable String branchName) {
		this.branchName = branchName;
	}

	public @Nullable LocalDate getBranchFormedOn() {
		return this.branchFormedOn;
	}

	public void setBranchFormedOn(@Nullable LocalDate branchFormedOn) {
		this.branchFormedOn = branchFormedOn;
	}

	public @Nullable Long getInstructorId() {
		return this.instructorId;
	}

	public void setInstructorId(@Nullable Long instructorId) {
		this.instructorId = instructorId;
	}

	public @Nullable String getContactName() {
		return this.contactName;
	}

	public void setContactName(@Nullable String contactName) {
		this.contactName = contactName;
	}

	public @Nullable String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(@Nullable String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public @Nullable String getUncoveredReason() {
		return this.uncoveredReason;
	}

	public void setUncoveredReason(@Nullable String uncoveredReason) {
		this.uncoveredReason = uncoveredReason;
	}

	public @Nullable OrgStatus getStatus() {
		return this.status;
	}

	public void setStatus(@Nullable OrgStatus status) {
		this.status = status;
	}

	/** A rule the draft breaks: the property to show it at and its translation key. */
	public record Problem(String field, String messageKey) {
	}

}
