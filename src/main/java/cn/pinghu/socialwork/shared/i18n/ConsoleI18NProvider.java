package cn.pinghu.socialwork.shared.i18n;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations come from Spring's {@link MessageSource}, so that views and the
 * REST API read the same bundles ({@code i18n/<feature>*.properties}, Chinese in the base
 * file, English in {@code _en}).
 */
@Component
public class ConsoleI18NProvider implements I18NProvider {

	/** The console speaks Chinese first. */
	public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private static final List<Locale> LOCALES = List.of(DEFAULT_LOCALE, Locale.ENGLISH);

	private final MessageSource messages;

	ConsoleI18NProvider(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		return this.messages.getMessage(key, params, "!" + key, (locale != null) ? locale : DEFAULT_LOCALE);
	}

}
