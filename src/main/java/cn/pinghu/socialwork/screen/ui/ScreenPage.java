package cn.pinghu.socialwork.screen.ui;

import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * The pages of the wall's playlist, in the order the big screen shows them: 到站服务, 两个覆盖,
 * 两委换届, then 到站服务 again. The name is the page's {@code data-page} and the value of
 * {@code ?page=} that pins it.
 */
enum ScreenPage {

	STATIONS("stations", "screen.switch.visits"),

	COVERAGE("coverage", "screen.switch.coverage"),

	ELECTIONS("elections", "screen.switch.elections");

	private final String pageName;

	private final String labelKey;

	ScreenPage(String pageName, String labelKey) {
		this.pageName = pageName;
		this.labelKey = labelKey;
	}

	/** The name in {@code data-page} and {@code ?page=}. */
	String pageName() {
		return this.pageName;
	}

	/** The key of the page's short name in the bundle. */
	String labelKey() {
		return this.labelKey;
	}

	/** The route of the page's view. */
	String route() {
		return switch (this) {
			case STATIONS -> StationScreenView.ROUTE;
			case COVERAGE -> CoverageScreenView.ROUTE;
			case ELECTIONS -> ElectionScreenView.ROUTE;
		};
	}

	/** The page the playlist shows after this one. */
	ScreenPage next() {
		ScreenPage[] pages = values();
		return pages[(ordinal() + 1) % pages.length];
	}

	/** The view that shows the page. */
	Class<? extends Component> view() {
		return switch (this) {
			case STATIONS -> StationScreenView.class;
			case COVERAGE -> CoverageScreenView.class;
			case ELECTIONS -> ElectionScreenView.class;
		};
	}

	/** The page of a {@code ?page=} value; empty when it names no page. */
	static Optional<ScreenPage> named(String name) {
		return Arrays.stream(values()).filter(page -> page.pageName.equals(name)).findFirst();
	}

}
