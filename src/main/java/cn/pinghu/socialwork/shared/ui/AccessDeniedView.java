package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A Chinese page for a signed-in user who opens a page their roles do not allow. */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

	public AccessDeniedView() {
		setAlignItems(Alignment.CENTER);
		setPadding(true);
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		removeAll();
		add(new H2(getTranslation("error.forbidden.title")),
				new Paragraph(getTranslation("error.forbidden.message", event.getLocation().getPath())),
				new Anchor("", getTranslation("error.not-found.home")));
		return HttpServletResponse.SC_FORBIDDEN;
	}

}
