package cn.pinghu.socialwork.places;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A community as a form edits it: a bean, because Vaadin's Binder writes fields one by
 * one. The messages are translation keys ({@code i18n/places}).
 */
public class CommunityDraft extends PlaceDraft {

	/** Upper-case letters and digits, starting with a letter, as in {@code T01001}. */
	public static final String CODE_PATTERN = "[A-Z][A-Z0-9]{3,31}";

	@NotNull(message = "places.validation.town-required")
	private @Nullable Long townId;

	@NotNull(message = "places.validation.kind-required")
	private @Nullable CommunityKind kind;

	@NotNull(message = "places.validation.count-required")
	@Min(value = 0, message = "places.validation.count-negative")
	private @Nullable Integer households = 0;

	@NotNull(message = "places.validation.count-required")
	@Min(value = 0, message = "places.validation.count-negative")
	private @Nullable Integer population = 0;

	public CommunityDraft() {
	}

	/** A draft of an existing community, carrying its version. */
	public static CommunityDraft of(CommunitySummary community) {
		CommunityDraft draft = new CommunityDraft();
		draft.copy(community.code(), community.name(), community.version());
		draft.townId = community.townId();
		draft.kind = community.kind();
		draft.households = community.households();
		draft.population = community.population();
		return draft;
	}

	@Override
	@Pattern(regexp = CODE_PATTERN, message = "places.validation.code-pattern")
	public @Nullable String getCode() {
		return super.getCode();
	}

	public @Nullable Long getTownId() {
		return this.townId;
	}

	public void setTownId(@Nullable Long townId) {
		this.townId = townId;
	}

	public @Nullable CommunityKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable CommunityKind kind) {
		this.kind = kind;
	}

	public @Nullable Integer getHouseholds() {
		return this.households;
	}

	public void setHouseholds(@Nullable Integer households) {
		this.households = households;
	}

	public @Nullable Integer getPopulation() {
		return this.population;
	}

	public void setPopulation(@Nullable Integer population) {
		this.population = population;
	}

}
