package cn.pinghu.socialwork.places;

import java.util.List;

import cn.pinghu.socialwork.places.internal.Town;
import cn.pinghu.socialwork.places.internal.TownRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Towns and communities: read access for every feature. */
@Service
@Transactional(readOnly = true)
public class PlaceService {

	private final TownRepository towns;

	PlaceService(TownRepository towns) {
		this.towns = towns;
	}

	/** All towns in their display order. */
	public List<TownSummary> towns() {
		return this.towns.findAllByOrderBySortOrderAscIdAsc().stream().map(PlaceService::toSummary).toList();
	}

	private static TownSummary toSummary(Town town) {
		return new TownSummary(town.getId(), town.getCode(), town.getName(), town.getKind(), town.getSortOrder());
	}

}
