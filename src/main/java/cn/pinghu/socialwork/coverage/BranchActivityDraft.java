package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator's record of an activity a branch held.
 *
 * @param organizationId the organisation whose branch held it
 * @param heldOn the day; not in the future, not before the branch was formed
 * @param kind what kind of activity
 * @param attendees how many took part; at least one
 * @param notes what was done, if anyone wrote it down
 */
public record BranchActivityDraft(long organizationId,
		@NotNull(message = "{coverage.validation.held-on-required}") @Nullable LocalDate heldOn,
		@NotNull(message = "{coverage.validation.activity-kind-required}") @Nullable ActivityKind kind,
		@NotNull(message = "{coverage.validation.attendees-required}") @Min(value = 1,
				message = "{coverage.validation.attendees-positive}") @Max(value = 9999,
						message = "{coverage.validation.attendees-too-many}") @Nullable Integer attendees,
		@Size(max = 500, message = "{coverage.validation.notes-too-long}") @Nullable String notes) {

	/** An activity without notes. */
	public BranchActivityDraft(long organizationId, @Nullable LocalDate heldOn, @Nullable ActivityKind kind,
			@Nullable Integer attendees) {
		this(organizationId, heldOn, kind, attendees, null);
	}

}
