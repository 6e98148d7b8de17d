package cn.pinghu.socialwork.elections.ui;

import java.util.Map;

import cn.pinghu.socialwork.elections.ElectionStage;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.jspecify.annotations.Nullable;

/**
 * Finds the field of {@link RoundDialog} a rejection of the round names ({@code name},
 * {@code startsOn}, {@code endsOn}, {@code plan.<STAGE>},
 * {@code townPlans.<townId>.<STAGE>}) and shows the message there.
 */
final class RoundFields {

	private RoundFields() {
	}

	/** Whether a field showed the message; otherwise the dialog shows it on top. */
	static boolean mark(RoundDialog dialog, @Nullable String field, String message) {
		HasValidation target = find(dialog, field);
		if (target == null) {
			return false;
		}
		target.setErrorMessage(message);
		target.setInvalid(true);
		return true;
	}

	private static @Nullable HasValidation find(RoundDialog dialog, @Nullable String field) {
		if (field == null) {
			return null;
		}
		switch (field) {
			case "name":
				return dialog.name;
			case "startsOn":
				return dialog.startsOn;
			case "endsOn":
				return dialog.endsOn;
			default:
				break;
		}
		String[] parts = field.split("\\.");
		if (parts.length == 2 && parts[0].equals("plan")) {
			return dialog.plan.get(stage(parts[1]));
		}
		if (parts.length == 3 && parts[0].equals("townPlans")) {
			long town = Long.parseLong(parts[1]);
			Map<ElectionStage, DatePicker> own = dialog.townPlans.get(town);
			if (own == null) {
				return null;
			}
			dialog.expand(town);
			return own.get(stage(parts[2]));
		}
		return null;
	}

	private static @Nullable ElectionStage stage(String name) {
		for (ElectionStage stage : ElectionStage.values()) {
			if (stage.name().equals(name)) {
				return stage;
			}
		}
		return null;
	}

}
