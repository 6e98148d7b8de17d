package cn.pinghu.socialwork.places.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.places.CommunityDraft;
import cn.pinghu.socialwork.places.CommunityKind;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.shared.ui.SideForm;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;

/**
 * Creates, edits and archives one community, with its history in a second tab.
 */
class CommunityForm extends SideForm<CommunitySummary, CommunityDraft> {

	private final transient CommunityService places;

	private final CommunityHistory history;

	final TextField code = new TextField();

	final TextField name = new TextField();

	final ComboBox<Long> town = new ComboBox<>();

	final ComboBox<CommunityKind> kind = new ComboBox<>();

	final IntegerField households = new IntegerField();

	final IntegerField population = new IntegerField();

	/**
	 * @param onChanged what happens after a save or an archive: the list reloads
	 */
	CommunityForm(CommunityService places, List<Long> townIds, Map<Long, String> townNames, ZoneId zone,
			SerializableRunnable onChanged) {
		super(CommunityDraft.class, onChanged);
		this.places = places;
		this.history = new CommunityHistory(zone, townNames);
		field(this.code, "communities.column.code", "code").addClassName("community-code");
		field(this.name, "communities.column.name", "name").addClassName("community-name");
		field(this.town, "communities.column.town", "townId");
		this.town.setItems(townIds);
		this.town.setItemLabelGenerator(id -> townNames.getOrDefault(id, ""));
		field(this.kind, "communities.column.kind", "kind");
		this.kind.setItems(CommunityKind.values());
		this.kind.setItemLabelGenerator(value -> getTranslation("community.kind." + value.name()));
		field(this.households, "communities.column.households", "households").addClassName("community-households");
		field(this.population, "communities.column.population", "population").addClassName("community-population");
		addTab(getTranslation("masterdata.tab.history"), this.history);
		setOnArchive(this::archive);
	}

	/** Opens an empty form for a new community in the given town. */
	void create(@Nullable Long townId) {
		CommunityDraft draft = new CommunityDraft();
		draft.setTownId(townId);
		draft.setKind(CommunityKind.COMMUNITY);
		open(getTranslation("communities.form.new"), null, draft, false);
		setEditable(true);
		this.history.show(List.of());
	}

	@Override
	public void edit(CommunitySummary summary) {
		// the towns the user changes decide, as the service checks them
		boolean mine = this.places.mayChange(summary.townId());
		open(getTranslation("communities.form.edit", summary.name()), summary, CommunityDraft.of(summary),
				mine && !summary.archived());
		setEditable(mine);
		this.history.show(this.places.communityHistory(summary.id()));
	}

	@Override
	protected CommunitySummary reread(CommunitySummary summary) {
		return this.places.community(summary.id());
	}

	@Override
	protected void store(CommunityDraft draft) {
		createOrUpdate(draft, this.places::createCommunity,
				(current, changed) -> this.places.updateCommunity(current.id(), changed),
				saved -> getTranslation("communities.saved", saved.name()));
	}

	private void archive(CommunitySummary current) {
		CommunitySummary archived = this.places.archiveCommunity(current.id(), current.version());
		done(getTranslation("communities.archived", archived.name()));
	}

}
