package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A link next to the signed-in user's name in the header, contributed by a feature as a
 * Spring bean (such as "change password"), so that the layout needs no feature's view.
 */
public interface UserMenuEntry {

	/** The translation key of the link's text. */
	String titleKey();

	/** The view the link opens. */
	Class<? extends Component> view();

}
