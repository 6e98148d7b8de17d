package cn.pinghu.socialwork.coverage.ui;

import java.util.List;

import cn.pinghu.socialwork.coverage.CoverageDriveService;
import cn.pinghu.socialwork.coverage.DriveChange;
import cn.pinghu.socialwork.coverage.DriveSettings;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;

/** An administrator edits the drive's name, period and the thresholds of its scope. */
class DriveDialog extends ActionDialog {

	final TextField name = new TextField();

	final DatePicker startsOn = new DatePicker();

	final DatePicker endsOn = new DatePicker();

	final IntegerField economicThreshold = new IntegerField();

	final IntegerField socialThreshold = new IntegerField();

	private final transient CoverageDriveService drives;

	private final DriveSettings drive;

	DriveDialog(CoverageDriveService drives, DriveSettings drive, SerializableRunnable onSaved) {
		super(drive.name(), onSaved);
		this.drives = drives;
		this.drive = drive;
		addClassName("drive-dialog");
		this.name.setLabel(getTranslation("coverage.drive.name"));
		this.name.setMaxLength(128);
		this.name.setValue(drive.name());
		this.startsOn.setLabel(getTranslation("coverage.drive.starts-on"));
		this.startsOn.setValue(drive.startsOn());
		this.endsOn.setLabel(getTranslation("coverage.drive.ends-on"));
		this.endsOn.setValue(drive.endsOn());
		this.economicThreshold.setLabel(getTranslation("coverage.drive.economic-threshold"));
		this.economicThreshold.setValue(drive.economicThreshold());
		this.socialThreshold.setLabel(getTranslation("coverage.drive.social-threshold"));
		this.socialThreshold.setValue(drive.socialThreshold());
		field(this.name, List.of("name"), List.of());
		field(this.startsOn, List.of("startsOn"), List.of());
		field(this.endsOn, List.of("endsOn", "periodInOrder"), List.of("coverage.rejected.targets-outside-period"));
		field(this.economicThreshold, List.of("economicThreshold"), List.of());
		field(this.socialThreshold, List.of("socialThreshold"), List.of());
		form().add(this.name, this.startsOn, this.endsOn, this.economicThreshold, this.socialThreshold);
	}

	@Override
	protected void submit() {
		this.drives.updateDrive(
				new DriveChange(this.drive.id(), this.drive.version(), this.name.getValue(), this.startsOn.getValue(),
						this.endsOn.getValue(), this.economicThreshold.getValue(), this.socialThreshold.getValue()));
	}

	@Override
	protected String savedKey() {
		return "coverage.drive.saved";
	}

}
