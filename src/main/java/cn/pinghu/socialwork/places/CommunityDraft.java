package cn.pinghu.socialwork.places;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A community as a form edits it: a bean, because Vaadin's Binder writes fields one by
 * one. The messages are translation keys ({@code i18n/places}).
 */
public class CommunityDraft {

	/** Upper-case letters and digits, starting with a letter, as in {@code T01001}. */
	public static final String CODE_PATTERN = "[A-Z][A-Z0-9]{3,31}";

	@NotBlank(message = "places.validation.code-required")
	@Pattern(regexp = CODE_PATTERN, message = "places.validation.code-pattern")
	private @Nullable String code;

	@NotBlank(message = "places.validation.name-required")
	@Size(max = 64, message = "places.validation.name-too-long")
	private @Nullable String name;

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

	/** The version the form was read at; ignored on create. */
	private long version;

	public CommunityDraft() {
	}

	/** A draft of an existing community, carrying its version. */
	public static CommunityDraft of(CommunitySummary community) {
		CommunityDraft draft = new CommunityDraft();
		draft.code = community.code();
		draft.name = community.name();
		draft.townId = community.townId();
		draft.kind = community.kind();
		draft.households = community.households();
		draft.population = community.population();
		draft.version = community.version();
		return draft;
	}

	public @Nullable String getCode() {
		return this.code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
