package cn.pinghu.socialwork.stations;

import java.util.Objects;

import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.stations.internal.RiderStation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The rules of the station form that need the places feature and the caller's towns: what
 * {@link StationService} checks before it stores a station, from the form and from an
 * import alike.
 */
@Component
class StationRules {

	private final CommunityService places;

	private final CurrentUser currentUser;

	private final RegionService region;

	StationRules(CommunityService places, CurrentUser currentUser, RegionService region) {
		this.places = places;
		this.currentUser = currentUser;
		this.region = region;
	}

	/**
	 * The draft's town, if it exists and is one the caller changes.
	 * @throws AccessDeniedException when the caller does not change that town
	 */
	long townInScope(StationDraft draft) {
		long townId = Objects.requireNonNull(draft.getTownId());
		if (!this.currentUser.writeScope().includes(townId)) {
			throw new AccessDeniedException("Town " + townId + " is not in the towns the caller changes");
		}
		if (!this.places.townNames().containsKey(townId)) {
			throw new FieldRejectedException("townId", "stations.validation.town-required");
		}
		return townId;
	}

	/**
	 * Where the draft puts the station. The coordinates must lie in the region
	 * ({@link StationLocation}); a community must lie in the station's town; an archived
	 * one is accepted only where the station already was.
	 */
	RiderStation.Place place(StationDraft draft, long townId, @Nullable Long currentCommunity) {
		StationLocation.Problem outside = StationLocation.problem(this.region.current(),
				Objects.requireNonNull(draft.getLatitude()), Objects.requireNonNull(draft.getLongitude()));
		if (outside != null) {
			throw new FieldRejectedException(outside.field(), outside.message().key(),
					outside.message().argumentArray());
		}
		Long communityId = draft.getCommunityId();
		if (communityId != null) {
			CommunitySummary community;
			try {
				community = this.places.community(communityId);
			}
			catch (IllegalArgumentException ex) {
				throw new FieldRejectedException("communityId", "stations.validation.community-not-in-town");
			}
			if (community.townId() != townId || (community.archived() && !communityId.equals(currentCommunity))) {
				throw new FieldRejectedException("communityId", "stations.validation.community-not-in-town");
			}
		}
		return new RiderStation.Place(townId, communityId, Objects.requireNonNull(draft.getAddress()).strip(),
				Objects.requireNonNull(draft.getLatitude()), Objects.requireNonNull(draft.getLongitude()));
	}

	/** What the draft says the station is and offers; blank text is stored as none. */
	static RiderStation.Details details(StationDraft draft) {
		return new RiderStation.Details(Objects.requireNonNull(draft.getName()).strip(),
				blankToNull(draft.getHostUnit()), draft.getFacilities(), blankToNull(draft.getOpeningHours()),
				Objects.requireNonNull(draft.getStatus()), Objects.requireNonNull(draft.getCapacity()));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
