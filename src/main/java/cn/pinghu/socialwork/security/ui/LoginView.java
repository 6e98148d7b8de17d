package cn.pinghu.socialwork.security.ui;

import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.shared.i18n.RegionName;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The Chinese login page. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	public static final String ROUTE = "login";

	/** Present after a failed login. */
	public static final String ERROR_PARAMETER = "error";

	/** Present when the account is locked; its value, if any, is the minutes left. */
	public static final String LOCKED_PARAMETER = "locked";

	/**
	 * Present when sign-ins from this address must wait; its value, if any, is the
	 * seconds left.
	 */
	public static final String WAIT_PARAMETER = "wait";

	/**
	 * Present when this address is blocked after too many failures; its value, if any, is
	 * the minutes left.
	 */
	public static final String BLOCKED_PARAMETER = "blocked";

	/** Present when a wall display came with a wrong or revoked token. */
	public static final String DISPLAY_INVALID_PARAMETER = "display-invalid";

	/** Present when the display a screen was signed in with has just been revoked. */
	public static final String DISPLAY_REVOKED_PARAMETER = "display-revoked";

	/**
	 * Present when a screen's session ended because its display's token signed in more
	 * screens than it may have, or was replaced by a new token.
	 */
	public static final String DISPLAY_ENDED_PARAMETER = "display-ended";

	private final LoginForm form = new LoginForm();

	public LoginView(RegionName region) {
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		this.form.setAction(ROUTE);
		this.form.setForgotPasswordButtonVisible(false);
		this.form.setI18n(i18n());
		add(new H1(getTranslation("app.title", region.regionName()).strip()), this.form);
	}

	private LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form text = i18n.getForm();
		text.setTitle(getTranslation("login.title"));
		text.setUsername(getTranslation("login.username"));
		text.setPassword(getTranslation("login.password"));
		text.setSubmit(getTranslation("login.submit"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(getTranslation("login.error.title"));
		error.setMessage(getTranslation("login.error.message"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		if (parameters.containsKey(DISPLAY_REVOKED_PARAMETER)) {
			this.form.showErrorMessage(getTranslation("login.display-revoked.title"),
					getTranslation("login.display-revoked.message"));
		}
		else if (parameters.containsKey(DISPLAY_ENDED_PARAMETER)) {
			this.form.showErrorMessage(getTranslation("login.display-ended.title"),
					getTranslation("login.display-ended.message"));
		}
		else if (parameters.containsKey(DISPLAY_INVALID_PARAMETER)) {
			this.form.showErrorMessage(getTranslation("login.display-invalid.title"),
					getTranslation("login.display-invalid.message"));
		}
		else if (parameters.containsKey(LOCKED_PARAMETER)) {
			this.form.showErrorMessage(getTranslation("login.locked.title"),
					withNumber(parameters.get(LOCKED_PARAMETER), "login.locked.message"));
		}
		else if (parameters.containsKey(BLOCKED_PARAMETER)) {
			this.form.showErrorMessage(getTranslation("login.blocked.title"),
					withNumber(parameters.get(BLOCKED_PARAMETER), "login.blocked.message"));
		}
		else if (parameters.containsKey(WAIT_PARAMETER)) {
			this.form.showErrorMessage(getTranslation("login.wait.title"),
					withNumber(parameters.get(WAIT_PARAMETER), "login.wait.message"));
		}
		else {
			this.form.setError(parameters.containsKey(ERROR_PARAMETER));
		}
	}

	/** The message with the minutes or seconds left, or without them if not given. */
	private String withNumber(List<String> values, String key) {
		return values.stream()
			.filter(value -> value.matches("[1-9][0-9]{0,3}"))
			.findFirst()
			.map(number -> getTranslation(key, Integer.valueOf(number)))
			.orElseGet(() -> getTranslation(key + ".later"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " | " + getTranslation("app.title.short");
	}

}
