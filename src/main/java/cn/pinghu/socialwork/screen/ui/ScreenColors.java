package cn.pinghu.socialwork.screen.ui;

import cn.pinghu.socialwork.progress.Signal;
import org.jspecify.annotations.Nullable;

/**
 * The colours the screens give to signals (三色) and targets, named as the theme's custom
 * properties ({@code frontend/themes/console/big-screen.css}), which hold their values: a
 * style takes them as they are, and a chart puts in their values when it draws.
 */
final class ScreenColors {

	static final String GREEN = "var(--screen-signal-green)";

	static final String YELLOW = "var(--screen-signal-yellow)";

	static final String RED = "var(--screen-signal-red)";

	/** A town without a target, so without a signal. */
	static final String NONE = "var(--screen-signal-none)";

	static final String TARGET = "var(--screen-target)";

	/** The bars of the election stages that are neither 另行选举 nor completed. */
	static final String ACCENT = "var(--screen-accent)";

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
