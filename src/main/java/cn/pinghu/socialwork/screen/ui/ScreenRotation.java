package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;

/**
 * The playlist's indicator in the header: the next page's name and the seconds left,
 * counted down in the browser (see frontend/screen/big-screen-rotation.ts), which asks
 * for the next page when the count reaches zero. Turns only on {@code /screen} and on the
 * pages the playlist reached, never when {@code ?page=} pins a page; the next page keeps
 * the query, and with it a display's token.
 */
@Tag("big-screen-rotation")
@JsModule("./screen/big-screen-rotation.ts")
class ScreenRotation extends Component implements HasStyle, AfterNavigationObserver {

	static final String ID = "screen-rotation";

	private final ScreenPage page;

	private final Duration interval;

	private QueryParameters query = QueryParameters.empty();

	private boolean rotating;

	ScreenRotation(ScreenPage page, Duration interval) {
		this.page = page;
		this.interval = interval;
		setId(ID);
		getElement().setAttribute("label",
				getTranslation("screen.rotation.next", getTranslation(page.next().labelKey())));
		getElement().setAttribute("seconds-format", getTranslation("screen.rotation.seconds"));
		getElement().addEventListener("rotate", event -> rotate());
		setVisible(false);
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		this.query = event.getLocation().getQueryParameters();
		Map<String, List<String>> parameters = this.query.getParameters();
		boolean pinned = parameters.containsKey(ScreenPlaylist.PAGE_PARAMETER);
		this.rotating = !pinned
				&& (this.page == ScreenPage.STATIONS || parameters.containsKey(ScreenPlaylist.ROTATE_PARAMETER));
		setVisible(this.rotating);
		if (this.rotating) {
			getElement().setAttribute("seconds", Long.toString(Math.max(1, this.interval.toSeconds())));
		}
		else {
			getElement().removeAttribute("seconds");
		}
	}

	/** Whether the playlist turns on this page. */
	boolean rotating() {
		return this.rotating;
	}

	/** The page the playlist shows next. */
	ScreenPage next() {
		return this.page.next();
	}

	/**
	 * The interval has passed: to the next page with the same query, marked as reached by
	 * the playlist. Nothing when the page is pinned.
	 */
	void rotate() {
		if (!this.rotating) {
			return;
		}
		Map<String, List<String>> parameters = new HashMap<>(this.query.getParameters());
		parameters.put(ScreenPlaylist.ROTATE_PARAMETER, List.of("1"));
		getUI().ifPresent(ui -> ui.navigate(this.page.next().route(), new QueryParameters(parameters)));
	}

}
