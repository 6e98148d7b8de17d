package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A Chinese page for a signed-in user who opens a page their roles do not allow. */
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage<AccessDeniedException> {

	public AccessDeniedView() {
		super("error.forbidden", HttpServletResponse.SC_FORBIDDEN);
	}

}
