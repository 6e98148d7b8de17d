package cn.pinghu.socialwork.shared.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Every UI starts in Chinese, whatever the browser asks for, unless the user switched the
 * session to English ({@link LocaleChoice}).
 */
@Component
class DefaultLocaleInitializer implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource()
			.addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(LocaleChoice.of(uiEvent.getUI().getSession())));
	}

}
