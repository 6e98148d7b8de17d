package cn.pinghu.socialwork.coverage.internal;

import java.time.Instant;
import java.time.LocalDate;

import cn.pinghu.socialwork.coverage.ActivityKind;
import cn.pinghu.socialwork.shared.data.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An activity a Party organisation held (三会一课, 主题党日 ...), as a coordinator recorded it,
 * with the organisation it was recorded through.
 */
@Entity
@Table(name = "party_activity")
public class BranchActivity extends GeneratedIdEntity {

	@Column(name = "party_organization_id")
	private @Nullable Long partyOrganizationId;

	@Column(name = "organization_id")
	private @Nullable Long organizationId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ActivityKind kind;

	@Column(nullable = false)
	private int attendees;

	@Column(length = 500)
	private @Nullable String notes;

	@Column(name = "recorded_by", nullable = false, length = 64)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected BranchActivity() {
	}

	public BranchActivity(long partyOrganizationId, long organizationId, LocalDate heldOn, ActivityKind kind,
			int attendees, @Nullable String notes, String recordedBy, Instant recordedAt) {
		this.notes = notes;
		this.partyOrganizationId = partyOrganizationId;
		this.organizationId = organizationId;
		this.heldOn = heldOn;
		this.kind = kind;
		this.attendees = attendees;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public @Nullable Long getPartyOrganizationId() {
		return this.partyOrganizationId;
	}

	public @Nullable Long getOrganizationId() {
		return this.organizationId;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public ActivityKind getKind() {
		return this.kind;
	}

	public int getAttendees() {
		return this.attendees;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
