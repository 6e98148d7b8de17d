package cn.pinghu.socialwork.shared.i18n;

import java.util.Locale;

import com.vaadin.flow.server.VaadinSession;

/**
 * The language a user chose for this session: Chinese unless they switched to English.
 */
public final class LocaleChoice {

	static final String SESSION_ATTRIBUTE = "console.locale";

	private LocaleChoice() {
	}

	/** The session's language. */
	public static Locale of(VaadinSession session) {
		Object chosen = session.getAttribute(SESSION_ATTRIBUTE);
		return (chosen instanceof Locale locale) ? locale : ConsoleI18NProvider.DEFAULT_LOCALE;
	}

	/** The other language of the two the console speaks. */
	public static Locale other(Locale current) {
		return Locale.ENGLISH.getLanguage().equals(current.getLanguage()) ? ConsoleI18NProvider.DEFAULT_LOCALE
				: Locale.ENGLISH;
	}

	/** Remembers the language for the session; UIs opened from now on use it. */
	public static void choose(VaadinSession session, Locale locale) {
		session.setAttribute(SESSION_ATTRIBUTE, locale);
		session.setLocale(locale);
	}

}
