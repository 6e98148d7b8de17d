package cn.pinghu.socialwork.screen.ui;

import cn.pinghu.socialwork.progress.Signal;
import org.jspecify.annotations.Nullable;

/** The colours the screens give to signals (三色) and warnings, as the stylesheet does. */
final class ScreenColors {

	static final String GREEN = "#22c55e";

	static final String YELLOW = "#fbbf24";

	static final String RED = "#ef4444";

	/** A town without a target, so without a signal. */
	static final String NONE = "#64748b";

	static final String TARGET = "#f8fafc";

	private ScreenColors() {
	}

	static String of(@Nullable Signal signal) {
		if (signal == null) {
			return NONE;
		}
		return switch (signal) {
			case GREEN -> GREEN;
			case YELLOW -> YELLOW;
			case RED -> RED;
		};
	}

}
