package cn.pinghu.socialwork.shared.ui;

import java.util.List;

import cn.pinghu.socialwork.shared.i18n.LocaleChoice;
import cn.pinghu.socialwork.shared.i18n.RegionName;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The console's frame: a side navigation built from the {@code @Menu} entries the user
 * may open. Menu titles are translation keys.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

	private final transient AuthenticationContext authentication;

	private final transient List<UserMenuEntry> userMenu;

	private final transient RegionName region;

	public MainLayout(AuthenticationContext authentication, ObjectProvider<UserMenuEntry> userMenu, RegionName region) {
		this.authentication = authentication;
		this.region = region;
		this.userMenu = userMenu.orderedStream().toList();
		setPrimarySection(Section.DRAWER);
		addToNavbar(new DrawerToggle(), header());
		SideNav nav = new SideNav();
		MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
		Span title = new Span(getTranslation("app.title.short"));
		title.addClassName("console-drawer-title");
		addToDrawer(title, nav);
	}

	private HorizontalLayout header() {
		HorizontalLayout header = new HorizontalLayout();
		header.setWidthFull();
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.getStyle().set("padding-right", "var(--lumo-space-m)");
		Span appTitle = new Span(getTranslation("app.title", this.region.regionName()).strip());
		appTitle.getStyle().set("font-weight", "600");
		header.add(appTitle);
		header.setFlexGrow(1, appTitle);
		Button language = new Button(getTranslation("nav.language"), click -> switchLanguage());
		language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		language.setId("switch-language");
		header.add(language);
		this.authentication.getPrincipalName().ifPresent(name -> {
			Span user = new Span(getTranslation("nav.user", name));
			header.add(user);
			for (UserMenuEntry entry : this.userMenu) {
				Button link = new Button(getTranslation(entry.titleKey()),
						click -> UI.getCurrent().navigate(entry.view()));
				link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
				header.add(link);
			}
			Button logout = new Button(getTranslation("nav.logout"), click -> this.authentication.logout());
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			header.add(logout);
		});
		return header;
	}

	private void switchLanguage() {
		UI ui = UI.getCurrent();
		LocaleChoice.choose(ui.getSession(), LocaleChoice.other(ui.getLocale()));
		ui.getPage().reload();
	}

	private SideNavItem item(MenuEntry entry) {
		SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
		if (entry.icon() != null) {
			Icon icon = new Icon();
			icon.getElement().setAttribute("icon", entry.icon());
			item.setPrefixComponent(icon);
		}
		return item;
	}

}
