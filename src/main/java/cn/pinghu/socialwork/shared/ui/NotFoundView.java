package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A Chinese page for addresses that lead nowhere, with a way back. */
@AnonymousAllowed
public class NotFoundView extends ErrorPage<NotFoundException> {

	public NotFoundView() {
		super("error.not-found", HttpServletResponse.SC_NOT_FOUND);
	}

}
