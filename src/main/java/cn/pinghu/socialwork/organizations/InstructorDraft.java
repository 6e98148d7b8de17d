package cn.pinghu.socialwork.organizations;

import java.util.LinkedHashSet;
import java.util.Set;

import cn.pinghu.socialwork.shared.validation.Phone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import cn.pinghu.socialwork.shared.data.VersionedDraft;
import org.jspecify.annotations.Nullable;

/**
 * An instructor as the master-data form (and an import row) edits it: a bean for Vaadin's
 * Binder. The messages are translation keys ({@code i18n/organizations}).
 */
public class InstructorDraft extends VersionedDraft {

	/** Letters, digits and hyphens; blank lets the service number the instructor. */
	@Size(max = 16, message = "instructors.validation.code-too-long")
	@Pattern(regexp = "\\s*[A-Za-z0-9-]*\\s*", message = "instructors.validation.code-invalid")
	private @Nullable String code;

	@NotBlank(message = "instructors.validation.name-required")
	@Size(max = 32, message = "instructors.validation.name-too-long")
	private @Nullable String name;

	@NotBlank(message = "instructors.validation.work-unit-required")
	@Size(max = 128, message = "instructors.validation.work-unit-too-long")
	private @Nullable String workUnit;

	@NotBlank(message = "instructors.validation.phone-required")
	@Phone
	private @Nullable String phone;

	@NotEmpty(message = "instructors.validation.towns-required")
	private Set<Long> townIds = new LinkedHashSet<>();

	public InstructorDraft() {
	}

	/** A draft of an existing instructor, carrying its version. */
	public static InstructorDraft of(InstructorDetails instructor) {
		InstructorDraft draft = new InstructorDraft();
		draft.code = instructor.code();
		draft.name = instructor.name();
		draft.workUnit = instructor.workUnit();
		draft.phone = instructor.phone();
		draft.townIds = new LinkedHashSet<>(instructor.townIds());
		draft.setVersion(instructor.version());
		return draft;
	}

	public @Nullable String getCode() {
		return this.code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getWorkUnit() {
		return this.workUnit;
	}

	public void setWorkUnit(@Nullable String workUnit) {
		this.workUnit = workUnit;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public Set<Long> getTownIds() {
		return this.townIds;
	}

	public void setTownIds(@Nullable Set<Long> townIds) {
		this.townIds = (townIds != null) ? new LinkedHashSet<>(townIds) : new LinkedHashSet<>();
	}

}
