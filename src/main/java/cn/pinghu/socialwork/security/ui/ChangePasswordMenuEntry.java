package cn.pinghu.socialwork.security.ui;

import cn.pinghu.socialwork.shared.ui.UserMenuEntry;

/** The "change password" link next to the user's name in the header. */
@org.springframework.stereotype.Component
class ChangePasswordMenuEntry implements UserMenuEntry {

	@Override
	public String titleKey() {
		return "security.password.title";
	}

	@Override
	public Class<? extends com.vaadin.flow.component.Component> view() {
		return ChangePasswordView.class;
	}

}
