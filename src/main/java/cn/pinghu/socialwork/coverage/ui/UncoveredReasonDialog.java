package cn.pinghu.socialwork.coverage.ui;

import java.util.List;
import java.util.Objects;

import cn.pinghu.socialwork.coverage.CoverageActions;
import cn.pinghu.socialwork.coverage.UncoveredReason;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;

/** 记录未覆盖原因: why an organisation has no branch yet. */
class UncoveredReasonDialog extends ActionDialog {

	final TextArea reason = new TextArea();

	private final transient CoverageActions coverage;

	private final OrganizationSummary organization;

	UncoveredReasonDialog(CoverageActions coverage, OrganizationSummary organization, SerializableRunnable onSaved) {
		super(organization.name(), onSaved);
		this.coverage = coverage;
		this.organization = organization;
		addClassName("uncovered-reason-dialog");
		this.reason.setLabel(getTranslation("coverage.uncovered.reason"));
		this.reason.setMaxLength(255);
		this.reason.setWidthFull();
		this.reason.setValue(Objects.requireNonNullElse(organization.uncoveredReason(), ""));
		field(this.reason, List.of("reason"), List.of("coverage.rejected.already-covered"));
		form().add(this.reason);
	}

	@Override
	protected void submit() {
		this.coverage.recordUncoveredReason(
				new UncoveredReason(this.organization.id(), this.organization.version(), this.reason.getValue()));
	}

	@Override
	protected String savedKey() {
		return "coverage.uncovered.saved";
	}

}
