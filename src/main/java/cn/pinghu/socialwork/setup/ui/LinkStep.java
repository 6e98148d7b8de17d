package cn.pinghu.socialwork.setup.ui;

import java.util.function.ToLongFunction;

import cn.pinghu.socialwork.setup.SetupProgress;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A step done on a page of its own (the communities' import, the user accounts): how many
 * there are, and a button to that page. The setup page is there again afterwards.
 */
class LinkStep extends SetupStep {

	final Paragraph count = new Paragraph();

	final Button open = new Button();

	private final String key;

	private final ToLongFunction<SetupProgress> counted;

	/**
	 * @param key the step's key in the bundle: {@code setup.<key>.title}, {@code .intro},
	 * {@code .count}, {@code .none} and {@code .open}
	 * @param route the page's route
	 */
	LinkStep(String key, String route, ToLongFunction<SetupProgress> counted) {
		super("setup." + key + ".title", "setup." + key + ".intro");
		this.key = key;
		this.counted = counted;
		this.open.setText(getTranslation("setup." + key + ".open"));
		this.open.addClassName("setup-open-" + key);
		this.open.addClickListener(click -> UI.getCurrent().navigate(route));
		add(this.count, this.open);
	}

	@Override
	void show(SetupProgress progress) {
		long found = this.counted.applyAsLong(progress);
		this.count.setText((found > 0) ? getTranslation("setup." + this.key + ".count", found)
				: getTranslation("setup." + this.key + ".none"));
	}

}
