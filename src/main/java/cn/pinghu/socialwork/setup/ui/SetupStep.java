package cn.pinghu.socialwork.setup.ui;

import java.util.List;
import java.util.function.Function;

import cn.pinghu.socialwork.region.RegionPack;
import cn.pinghu.socialwork.setup.SetupProgress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import org.jspecify.annotations.Nullable;

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

	/**
	 * Adds a button for each region pack that carries the step's part, which takes the
	 * part as the step's own upload would.
	 * @param part the part a pack carries, null where it carries none
	 * @param labelKey the button's label, with the pack's name as its argument
	 * @param classPrefix the button's class name, before the pack's id
	 */
	<T> void addPackButtons(HorizontalLayout buttons, List<RegionPack> packs, Function<RegionPack, @Nullable T> part,
			String labelKey, String classPrefix, SerializableConsumer<T> take) {
		for (RegionPack pack : packs) {
			T value = part.apply(pack);
			if (value != null) {
				Button button = new Button(getTranslation(labelKey, pack.name()));
				button.addClassName(classPrefix + pack.id());
				button.addClickListener(click -> take.accept(value));
				buttons.add(button);
			}
		}
	}

	/** Shows the step as the install now is. */
	abstract void show(SetupProgress progress);

}
