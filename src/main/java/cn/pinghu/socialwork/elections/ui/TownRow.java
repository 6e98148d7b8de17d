package cn.pinghu.socialwork.elections.ui;

import cn.pinghu.socialwork.elections.ElectionKpis;
import cn.pinghu.socialwork.elections.TownElections;
import cn.pinghu.socialwork.progress.Signal;
import org.jspecify.annotations.Nullable;

/** One row of the elections table: a town, or the city below the towns. */
record TownRow(@Nullable Long townId, String name, ElectionKpis kpis, Signal signal) {

	static TownRow of(TownElections town) {
		return new TownRow(town.townId(), town.townName(), town.kpis(), town.signal());
	}

	boolean city() {
		return this.townId == null;
	}

}
