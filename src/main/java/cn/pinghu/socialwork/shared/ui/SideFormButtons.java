package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * The buttons of a {@link SideForm}: Save (Enter) and Cancel (Esc), whose shortcuts work
 * anywhere in the form, and Archive, hidden until the form opens a record that may be
 * archived; each with the class name by which the theme and the tests find it.
 */
final class SideFormButtons {

	private SideFormButtons() {
	}

	static Button save(Component form, ComponentEventListener<ClickEvent<Button>> onClick) {
		Button save = new Button();
		save.setText(save.getTranslation("masterdata.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(onClick);
		save.addClickShortcut(Key.ENTER).listenOn(form);
		save.addClassName("master-data-save");
		return save;
	}

	static Button cancel(Component form, ComponentEventListener<ClickEvent<Button>> onClick) {
		Button cancel = new Button();
		cancel.setText(cancel.getTranslation("masterdata.cancel"));
		cancel.addClickListener(onClick);
		cancel.addClickShortcut(Key.ESCAPE).listenOn(form);
		cancel.addClassName("master-data-cancel");
		return cancel;
	}

	static Button archive(ComponentEventListener<ClickEvent<Button>> onClick) {
		Button archive = new Button();
		archive.setText(archive.getTranslation("masterdata.archive"));
		archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		archive.addClickListener(onClick);
		archive.setVisible(false);
		archive.addClassName("master-data-archive");
		return archive;
	}

	static Button restore(String text, String className, ComponentEventListener<ClickEvent<Button>> onClick) {
		Button restore = new Button(text, onClick);
		restore.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
		restore.addClassName(className);
		restore.setVisible(false);
		return restore;
	}

}
