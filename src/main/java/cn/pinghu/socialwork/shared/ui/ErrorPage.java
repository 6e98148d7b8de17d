package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/**
 * A Chinese error page: a title, a message that names the address the user opened, and a
 * link back to the home page, answered with the page's HTTP status. Public, like the
 * pages: a scan that reads public classes only (the UI tests') must see that the pages
 * handle their errors.
 *
 * @param <E> the navigation error the page shows
 */
public abstract class ErrorPage<E extends Exception> extends VerticalLayout implements HasErrorParameter<E> {

	private final String keyPrefix;

	private final int status;

	/**
	 * @param keyPrefix the page's key prefix in the bundle: the title is
	 * {@code <prefix>.title}, the message {@code <prefix>.message} with {@code {0}} for
	 * the address
	 */
	protected ErrorPage(String keyPrefix, int status) {
		this.keyPrefix = keyPrefix;
		this.status = status;
		setAlignItems(Alignment.CENTER);
		setPadding(true);
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
		removeAll();
		add(new H2(getTranslation(this.keyPrefix + ".title")),
				new Paragraph(getTranslation(this.keyPrefix + ".message", event.getLocation().getPath())),
				new Anchor("", getTranslation("error.not-found.home")));
		return this.status;
	}

}
