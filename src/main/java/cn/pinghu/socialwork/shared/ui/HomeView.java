package cn.pinghu.socialwork.shared.ui;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

/**
 * The start page: sends a signed-in user on to the first menu entry their roles open (the
 * big screen for leaders, the station list for coordinators), without knowing any
 * feature.
 */
@Route("")
@PermitAll
class HomeView extends VerticalLayout implements BeforeEnterObserver {

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
		if (entries.isEmpty()) {
			removeAll();
			add(new Paragraph(getTranslation("home.nothing-to-open")));
			return;
		}
		event.forwardTo(entries.get(0).path());
	}

}
