package cn.pinghu.socialwork.setup;

import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownService;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.region.RegionSetting;
import cn.pinghu.socialwork.security.UserAdminService;
import cn.pinghu.socialwork.security.UserFilter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the first-run setup asks of the features it walks through: how far the install is
 * set up. The steps themselves are the features' own commands.
 */
@Service
public class SetupService {

	private final RegionService regions;

	private final TownService towns;

	private final CommunityService communities;

	private final UserAdminService users;

	SetupService(RegionService regions, TownService towns, CommunityService communities, UserAdminService users) {
		this.regions = regions;
		this.towns = towns;
		this.communities = communities;
		this.users = users;
	}

	/** Whether the region is set: until it is, an administrator is offered the setup. */
	@PreAuthorize(Access.ANYONE)
	public boolean regionSet() {
		return this.regions.current().isSet();
	}

	@PreAuthorize(Access.ADMIN)
	public SetupProgress progress() {
		RegionSetting region = this.regions.current();
		return new SetupProgress(region.isSet(), region.outline() != null, this.towns.countTowns(""),
				this.communities.countCommunities(CommunityFilter.inUse()),
				this.users.countUsers(new UserFilter(null, Role.COORDINATOR, null, null, null)));
	}

}
