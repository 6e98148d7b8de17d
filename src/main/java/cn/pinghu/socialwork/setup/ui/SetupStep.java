package cn.pinghu.socialwork.setup.ui;

import cn.pinghu.socialwork.setup.SetupProgress;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * One step of the first-run setup: a heading, a sentence on what the step is for, and its
 * own fields and buttons, which store through the features' services.
 */
abstract class SetupStep extends VerticalLayout {

	private final String titleKey;

	SetupStep(String titleKey, String introKey) {
		this.titleKey = titleKey;
		setPadding(false);
		Paragraph intro = new Paragraph(getTranslation(introKey));
		intro.getStyle().set("color", "var(--lumo-secondary-text-color)");
		add(new H3(getTranslation(titleKey)), intro);
	}

	String titleKey() {
		return this.titleKey;
	}

	/** Shows the step as the install now is. */
	abstract void show(SetupProgress progress);

}
