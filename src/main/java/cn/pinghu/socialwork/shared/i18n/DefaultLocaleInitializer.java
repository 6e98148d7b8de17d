package cn.pinghu.socialwork.shared.i18n;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Every UI starts in Chinese, whatever the browser asks for, unless the user picked
 * English (stored in the session under {@link #SESSION_LOCALE}).
 */
@Component
class DefaultLocaleInitializer implements VaadinServiceInitListener {

	static final String SESSION_LOCALE = "console.locale";

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(uiEvent -> {
			Object chosen = uiEvent.getUI().getSession().getAttribute(SESSION_LOCALE);
			uiEvent.getUI().setLocale((chosen instanceof Locale locale) ? locale : ConsoleI18NProvider.DEFAULT_LOCALE);
		});
	}

}
