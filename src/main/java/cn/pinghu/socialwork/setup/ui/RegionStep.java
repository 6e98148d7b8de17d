package cn.pinghu.socialwork.setup.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.region.RegionDraft;
import cn.pinghu.socialwork.region.RegionPack;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.region.RegionSetting;
import cn.pinghu.socialwork.setup.SetupProgress;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Step 1: the region's name, its county-level division code, the department and the time
 * zone, typed or filled in from a region pack. Saved through {@link RegionService}, whose
 * refusals (a prefecture's code, a blank name) show at their fields.
 */
class RegionStep extends SetupStep {

	final ComboBox<RegionPack> pack = new ComboBox<>();

	final TextField name = new TextField();

	final TextField divisionCode = new TextField();

	final TextField department = new TextField();

	final ComboBox<String> timeZone = new ComboBox<>();

	final Button save = new Button();

	private final transient RegionService regions;

	private final SerializableRunnable onSaved;

	private final Map<String, HasValidation> fieldsByName;

	RegionStep(RegionService regions, List<RegionPack> packs, SerializableRunnable onSaved) {
		super("setup.region.title", "setup.region.intro");
		this.regions = regions;
		this.onSaved = onSaved;
		this.pack.setLabel(getTranslation("setup.region.pack"));
		this.pack.setItems(packs);
		this.pack.setItemLabelGenerator(RegionPack::toString);
		this.pack.setHelperText(getTranslation(packs.isEmpty() ? "setup.pack.none" : "setup.region.pack-help"));
		this.pack.setEnabled(!packs.isEmpty());
		this.pack.addValueChangeListener(event -> {
			if (event.getValue() != null) {
				fill(event.getValue());
			}
		});
		this.name.setLabel(getTranslation("region.field.name"));
		this.name.setHelperText(getTranslation("region.field.name-help"));
		this.divisionCode.setLabel(getTranslation("region.field.division-code"));
		this.divisionCode.setHelperText(getTranslation("region.field.division-code-help"));
		this.divisionCode.setMaxLength(6);
		this.divisionCode.setAllowedCharPattern("[0-9]");
		this.department.setLabel(getTranslation("region.field.department"));
		this.department.setHelperText(getTranslation("region.field.department-help"));
		List.of(this.name, this.divisionCode, this.department)
			.forEach(field -> field.setRequiredIndicatorVisible(true));
		this.timeZone.setLabel(getTranslation("region.field.time-zone"));
		this.timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
		this.fieldsByName = Map.of("name", this.name, "divisionCode", this.divisionCode, "department", this.department,
				"timeZone", this.timeZone);
		this.name.setId("setup-region-name");
		this.divisionCode.setId("setup-region-code");
		this.department.setId("setup-region-department");
		this.save.setId("setup-region-save");
		this.save.setText(getTranslation("setup.region.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> save());
		add(this.pack, new FormLayout(this.name, this.divisionCode, this.department, this.timeZone), this.save);
	}

	@Override
	void show(SetupProgress progress) {
		RegionSetting setting = this.regions.current();
		if (!setting.isSet()) {
			this.timeZone.setValue(setting.timeZone().getId());
			return;
		}
		RegionDraft draft = RegionDraft.of(setting);
		this.name.setValue(draft.name());
		this.divisionCode.setValue(draft.divisionCode());
		this.department.setValue(draft.department());
		this.timeZone.setValue(draft.timeZone());
	}

	private void fill(RegionPack chosen) {
		this.name.setValue(chosen.name());
		this.divisionCode.setValue(chosen.divisionCode());
		this.department.setValue(chosen.department());
		this.timeZone.setValue(chosen.timeZone());
	}

	private void save() {
		this.fieldsByName.values().forEach(field -> field.setInvalid(false));
		RegionSetting current = this.regions.current();
		RegionDraft kept = RegionDraft.of(current);
		RegionDraft draft = new RegionDraft(this.name.getValue(), this.divisionCode.getValue(),
				this.department.getValue(), (this.timeZone.getValue() != null) ? this.timeZone.getValue() : "",
				kept.outline(), kept.boundingBox(), current.version());
		try {
			RegionSetting saved = this.regions.update(draft);
			Notices.success(getTranslation("region.saved", saved.displayName()));
			this.onSaved.run();
		}
		catch (FieldRejectedException ex) {
			String message = getTranslation(ex.messageKey(), ex.arguments());
			HasValidation field = this.fieldsByName.get(ex.field());
			if (field != null) {
				field.setErrorMessage(message);
				field.setInvalid(true);
			}
			else {
				Notices.error(message);
			}
		}
		catch (StaleVersionException ex) {
			Notices.error(getTranslation("region.stale"));
		}
	}

}
