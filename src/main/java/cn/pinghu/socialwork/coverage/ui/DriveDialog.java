package cn.pinghu.socialwork.coverage.ui;

import java.util.List;

import cn.pinghu.socialwork.coverage.CoverageDriveService;
import cn.pinghu.socialwork.coverage.DriveChange;
import cn.pinghu.socialwork.coverage.DriveDraft;
import cn.pinghu.socialwork.coverage.DriveLifecycleService;
import cn.pinghu.socialwork.coverage.DriveSettings;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;

/**
 * An administrator opens a drive, or edits the open one: its name, period and the
 * thresholds of its scope.
 */
class DriveDialog extends ActionDialog {

	/** The thresholds a new drive proposes, as the department's drives have used. */
	static final int ECONOMIC_THRESHOLD = 10;

	static final int SOCIAL_THRESHOLD = 30;

	final TextField name = new TextField();

	final DatePicker startsOn = new DatePicker();

	final DatePicker endsOn = new DatePicker();

	final IntegerField economicThreshold = new IntegerField();

	final IntegerField socialThreshold = new IntegerField();

	private final transient CoverageDriveService drives;

	private final transient DriveLifecycleService lifecycle;

	/** The drive edited; {@code null} while a new one is opened. */
	private final @Nullable DriveSettings drive;

	/** Edits the open drive. */
	DriveDialog(CoverageDriveService drives, DriveLifecycleService lifecycle, DriveSettings drive,
			SerializableRunnable onSaved) {
		this(drives, lifecycle, drive, drive.name(), onSaved);
		this.name.setValue(drive.name());
		this.startsOn.setValue(drive.startsOn());
		this.endsOn.setValue(drive.endsOn());
		this.economicThreshold.setValue(drive.economicThreshold());
		this.socialThreshold.setValue(drive.socialThreshold());
	}

	/** Opens a new drive. */
	DriveDialog(CoverageDriveService drives, DriveLifecycleService lifecycle, SerializableRunnable onSaved) {
		this(drives, lifecycle, null, "", onSaved);
		setHeaderTitle(getTranslation("coverage.drive.open"));
		addClassName("drive-open-dialog");
		this.economicThreshold.setValue(ECONOMIC_THRESHOLD);
		this.socialThreshold.setValue(SOCIAL_THRESHOLD);
	}

	private DriveDialog(CoverageDriveService drives, DriveLifecycleService lifecycle, @Nullable DriveSettings drive,
			String title, SerializableRunnable onSaved) {
		super(title, onSaved);
		this.drives = drives;
		this.lifecycle = lifecycle;
		this.drive = drive;
		addClassName("drive-dialog");
		this.name.setLabel(getTranslation("coverage.drive.name"));
		this.name.setMaxLength(128);
		this.startsOn.setLabel(getTranslation("coverage.drive.starts-on"));
		this.endsOn.setLabel(getTranslation("coverage.drive.ends-on"));
		this.economicThreshold.setLabel(getTranslation("coverage.drive.economic-threshold"));
		this.socialThreshold.setLabel(getTranslation("coverage.drive.social-threshold"));
		field(this.name, List.of("name"), List.of());
		field(this.startsOn, List.of("startsOn"), List.of());
		field(this.endsOn, List.of("endsOn", "periodInOrder"), List.of("coverage.rejected.targets-outside-period"));
		field(this.economicThreshold, List.of("economicThreshold"), List.of());
		field(this.socialThreshold, List.of("socialThreshold"), List.of());
		form().add(this.name, this.startsOn, this.endsOn, this.economicThreshold, this.socialThreshold);
	}

	@Override
	protected void submit() {
		DriveSettings edited = this.drive;
		DriveDraft draft = new DriveDraft(this.name.getValue(), this.startsOn.getValue(), this.endsOn.getValue(),
				this.economicThreshold.getValue(), this.socialThreshold.getValue());
		if (edited == null) {
			this.lifecycle.open(draft);
			return;
		}
		this.drives.updateDrive(new DriveChange(edited.id(), edited.version(), draft));
	}

	@Override
	protected String savedKey() {
		return (this.drive == null) ? "coverage.drive.opened" : "coverage.drive.saved";
	}

}
