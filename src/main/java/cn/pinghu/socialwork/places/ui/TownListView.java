package cn.pinghu.socialwork.places.ui;

import java.time.ZoneId;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.TownDetails;
import cn.pinghu.socialwork.places.TownService;
import cn.pinghu.socialwork.shared.ui.ListColumns;
import cn.pinghu.socialwork.shared.ui.MasterDataGrid;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
class TownListView extends HorizontalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "towns";

	final MasterDataGrid<TownDetails, String> list;

	final TownForm form;

	TownListView(TownService towns, AuthenticationContext authentication, @Value("${console.zone}") ZoneId zone) {
		setSizeFull();
		boolean admin = authentication.hasRole(Role.Names.ADMIN);
		this.list = new MasterDataGrid<>(TownDetails.class, towns::towns, towns::countTowns, query -> query,
				"towns.list.count");
		if (admin) {
			this.list.addAction(getTranslation("masterdata.new"), this::create);
		}
		this.form = new TownForm(towns, admin, zone, this.list::refresh);
		Grid<TownDetails> grid = this.list.grid();
		grid.addClassName("town-list");
		grid.setEmptyStateText(getTranslation("towns.list.empty"));
		ListColumns<TownDetails> columns = new ListColumns<>(grid);
		columns.fitted("code", "towns.column.code", TownDetails::code);
		columns.text("name", "towns.column.name", TownDetails::name);
		columns.auto("kind", "towns.column.kind", town -> getTranslation("town.kind." + town.kind().name()));
		columns.auto("sortOrder", "towns.column.order", TownDetails::sortOrder).setTextAlign(ColumnTextAlign.END);
		columns.auto("communities", "towns.column.communities", TownDetails::communities)
			.setTextAlign(ColumnTextAlign.END);
		this.form.placeBeside(this.list, this);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.list.readLocation(event.getLocation());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("towns.list.title");
	}

	private void create() {
		this.form.create();
	}

}
