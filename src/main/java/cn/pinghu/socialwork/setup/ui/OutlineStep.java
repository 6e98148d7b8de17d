package cn.pinghu.socialwork.setup.ui;

import java.util.List;

import cn.pinghu.socialwork.region.RegionDraft;
import cn.pinghu.socialwork.region.RegionOutline;
import cn.pinghu.socialwork.region.RegionPack;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.region.RegionSetting;
import cn.pinghu.socialwork.region.ui.OutlinePanel;
import cn.pinghu.socialwork.setup.SetupProgress;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.ui.Confirmation;
import cn.pinghu.socialwork.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Step 2: the region's outline, uploaded as GeoJSON or taken from a region pack,
 * previewed by its box (the settings page's outline panel) and saved; replacing a stored
 * outline asks first. Needs the region named (step 1).
 */
class OutlineStep extends SetupStep {

	final OutlinePanel outline;

	final HorizontalLayout packButtons = new HorizontalLayout();

	final Paragraph needsRegion = new Paragraph();

	final Button save = new Button();

	private final transient RegionService regions;

	private final SerializableRunnable onSaved;

	OutlineStep(RegionService regions, List<RegionPack> packs, SerializableRunnable onSaved) {
		super("setup.outline.title", "setup.outline.intro");
		this.regions = regions;
		this.onSaved = onSaved;
		this.outline = new OutlinePanel(() -> {
		});
		addPackButtons(this.packButtons, packs, RegionPack::outline, "setup.outline.from-pack", "setup-outline-pack-",
				this.outline::accept);
		this.needsRegion.setText(getTranslation("setup.needs-region"));
		this.needsRegion.getStyle().set("color", "var(--lumo-error-text-color)");
		this.save.setText(getTranslation("setup.outline.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> confirmThenSave());
		add(this.needsRegion, this.packButtons, this.outline, this.save);
	}

	@Override
	void show(SetupProgress progress) {
		this.outline.show(this.regions.current().outline());
		this.needsRegion.setVisible(!progress.regionSet());
		this.save.setEnabled(progress.regionSet());
	}

	private void confirmThenSave() {
		if (!this.outline.replacesStored()) {
			save();
			return;
		}
		String prefix = (this.outline.chosen() == null) ? "region.outline.remove." : "region.outline.replace.";
		ConfirmDialog dialog = Confirmation.dangerous("region-outline-confirm", getTranslation(prefix + "header"),
				getTranslation(prefix + "text"), getTranslation(prefix + "confirm"));
		dialog.addConfirmListener(event -> save());
		dialog.open();
	}

	private void save() {
		RegionSetting current = this.regions.current();
		RegionOutline chosen = this.outline.chosen();
		try {
			this.regions.update(RegionDraft.of(current).withOutline((chosen != null) ? chosen.geoJson() : null));
			Notices.success(getTranslation("setup.outline.saved"));
			this.onSaved.run();
		}
		catch (FieldRejectedException ex) {
			this.outline.showError(getTranslation(ex.messageKey(), ex.arguments()));
		}
		catch (StaleVersionException ex) {
			Notices.error(getTranslation("region.stale"));
		}
	}

}
