package cn.pinghu.socialwork.places.ui;

import java.time.ZoneId;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.TownDetails;
import cn.pinghu.socialwork.places.TownService;
import cn.pinghu.socialwork.shared.ui.ListColumns;
import cn.pinghu.socialwork.shared.ui.MasterDataListView;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Value;

/**
 * 镇街道 as master data: every console user reads the towns in their display order;
 * administrators create and edit them in a side form, with their history.
 */
@Route(TownListView.ROUTE)
@Menu(title = "nav.towns", order = 15, icon = "vaadin:map-marker")
@RolesAllowed({ Role.Names.ADMIN, Role.Names.LEADER, Role.Names.COORDINATOR })
class TownListView extends MasterDataListView<TownDetails, String> {

	static final String ROUTE = "towns";

	final TownForm form;

	TownListView(TownService towns, AuthenticationContext authentication, @Value("${console.zone}") ZoneId zone) {
		super("towns", TownDetails.class, towns::towns, towns::countTowns);
		boolean admin = authentication.hasRole(Role.Names.ADMIN);
		if (admin) {
			addCreateAction(this::create);
		}
		this.form = new TownForm(towns, admin, zone, list()::refresh);
		list().grid().addClassName("town-list");
		ListColumns<TownDetails> columns = columns();
		columns.fitted("code", "towns.column.code", TownDetails::code);
		columns.text("name", "towns.column.name", TownDetails::name);
		columns.auto("kind", "towns.column.kind", town -> getTranslation("town.kind." + town.kind().name()));
		columns.fitted("divisionCode", "towns.column.division-code",
				town -> (town.divisionCode() != null) ? town.divisionCode() : "");
		columns.auto("sortOrder", "towns.column.order", TownDetails::sortOrder).setTextAlign(ColumnTextAlign.END);
		columns.auto("communities", "towns.column.communities", TownDetails::communities)
			.setTextAlign(ColumnTextAlign.END);
		showWith(this.form);
	}

	/** The towns are searched by name or code; there are no other filters. */
	@Override
	protected String filter(String query) {
		return query;
	}

	private void create() {
		this.form.create();
	}

}
