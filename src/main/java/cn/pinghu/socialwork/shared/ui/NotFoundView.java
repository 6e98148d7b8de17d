package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A Chinese page for addresses that lead nowhere, with a way back. */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

	public NotFoundView() {
		setAlignItems(Alignment.CENTER);
		setPadding(true);
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		add(new H2(getTranslation("error.not-found.title")),
				new Paragraph(getTranslation("error.not-found.message", event.getLocation().getPath())),
				new Anchor("", getTranslation("error.not-found.home")));
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
