package cn.pinghu.socialwork.shared.ui;

import java.util.List;

import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages name the address the user opened, offer the way home and set the
 * status.
 */
class ErrorPageIT extends KaribuSupport {

	@Test
	void an_address_that_leads_nowhere_is_named_on_a_not_found_page() {
		NotFoundView page = new NotFoundView();

		int status = page.setErrorParameter(at("no-such-page", NotFoundView.class),
				new ErrorParameter<>(NotFoundException.class, new NotFoundException()));

		assertThat(status).isEqualTo(404);
		assertThat(LocatorJ._get(page, H2.class).getText()).isEqualTo("页面不存在");
		assertThat(LocatorJ._get(page, Paragraph.class).getText()).contains("no-such-page");
		assertThat(LocatorJ._get(page, Anchor.class).getText()).isEqualTo("返回首页");
	}

	@Test
	void a_page_the_roles_do_not_allow_is_named_on_an_access_denied_page() {
		AccessDeniedView page = new AccessDeniedView();

		int status = page.setErrorParameter(at("users", AccessDeniedView.class),
				new ErrorParameter<>(AccessDeniedException.class, new AccessDeniedException()));

		assertThat(status).isEqualTo(403);
		assertThat(LocatorJ._get(page, H2.class).getText()).isEqualTo("无权访问");
		assertThat(LocatorJ._get(page, Paragraph.class).getText()).contains("users");
		assertThat(LocatorJ._get(page, Anchor.class).getText()).isEqualTo("返回首页");
	}

	private static BeforeEnterEvent at(String path, Class<?> page) {
		UI ui = UI.getCurrent();
		return new BeforeEnterEvent(ui.getInternals().getRouter(), NavigationTrigger.PROGRAMMATIC, new Location(path),
				page, ui, List.of());
	}

}
