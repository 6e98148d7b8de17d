package cn.pinghu.socialwork.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Test only: a view for signed-in users, to test where anonymous visitors end up. */
@Route(ProtectedTestView.ROUTE)
@PermitAll
public class ProtectedTestView extends Div {

	static final String ROUTE = "security-test/protected";

}
