package cn.pinghu.socialwork.coverage.ui;

import java.util.List;

import cn.pinghu.socialwork.coverage.CoverageDriveService;
import cn.pinghu.socialwork.coverage.DriveSettings;
import cn.pinghu.socialwork.coverage.TargetChange;
import cn.pinghu.socialwork.coverage.TargetSettings;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.function.SerializableRunnable;

/** An administrator sets one town's target: the rates in percent and the due date. */
class TargetDialog extends ActionDialog {

	final BigDecimalField startRate = new BigDecimalField();

	final BigDecimalField targetRate = new BigDecimalField();

	final DatePicker dueOn = new DatePicker();

	private final transient CoverageDriveService drives;

	private final long driveId;

	private final TargetSettings target;

	TargetDialog(CoverageDriveService drives, DriveSettings drive, TargetSettings target,
			SerializableRunnable onSaved) {
		super(target.townName(), onSaved);
		this.drives = drives;
		this.driveId = drive.id();
		this.target = target;
		addClassName("target-dialog");
		this.startRate.setLabel(getTranslation("coverage.target.start-rate"));
		this.startRate.setValue(target.startRate());
		this.targetRate.setLabel(getTranslation("coverage.target.target-rate"));
		this.targetRate.setValue(target.targetRate());
		this.dueOn.setLabel(getTranslation("coverage.target.due-on"));
		this.dueOn.setValue((target.dueOn() != null) ? target.dueOn() : drive.endsOn());
		this.dueOn.setHelperText(
				getTranslation("coverage.target.due-on-hint", drive.startsOn().toString(), drive.endsOn().toString()));
		field(this.startRate, List.of("startRate"), List.of());
		field(this.targetRate, List.of("targetRate", "targetNotBelowStart"), List.of());
		field(this.dueOn, List.of("dueOn"), List.of("coverage.rejected.due-outside-drive"));
		form().add(this.startRate, this.targetRate, this.dueOn);
	}

	@Override
	protected void submit() {
		this.drives.setTarget(new TargetChange(this.driveId, this.target.townId(), this.target.version(),
				this.startRate.getValue(), this.targetRate.getValue(), this.dueOn.getValue()));
	}

	@Override
	protected String savedKey() {
		return "coverage.target.saved";
	}

}
