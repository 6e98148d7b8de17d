package cn.pinghu.socialwork.screen.ui;

import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The date and time, ticking in the browser (see frontend/screen/big-screen-clock.ts) in
 * the console's zone.
 */
@Tag("big-screen-clock")
@JsModule("./screen/big-screen-clock.ts")
class ScreenClock extends Component implements HasStyle {

	ScreenClock(ZoneId zone, Locale locale) {
		getElement().setAttribute("time-zone", zone.getId());
		getElement().setAttribute("lang", locale.toLanguageTag());
	}

}
