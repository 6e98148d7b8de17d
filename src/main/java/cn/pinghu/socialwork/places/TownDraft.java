package cn.pinghu.socialwork.places;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A town as the town form edits it; messages are translation keys ({@code i18n/places}).
 */
public class TownDraft extends PlaceDraft {

	/** Upper-case letters and digits, starting with a letter, as in {@code T01}. */
	public static final String CODE_PATTERN = "[A-Z][A-Z0-9]{1,15}";

	@NotNull(message = "places.validation.kind-required")
	private @Nullable TownKind kind = TownKind.TOWN;

	@NotNull(message = "towns.validation.order-required")
	@Min(value = 0, message = "towns.validation.order-range")
	@Max(value = 9999, message = "towns.validation.order-range")
	private @Nullable Integer sortOrder = 0;

	public static TownDraft of(TownDetails town) {
		TownDraft draft = new TownDraft();
		draft.copy(town.code(), town.name(), town.version());
		draft.kind = town.kind();
		draft.sortOrder = town.sortOrder();
		return draft;
	}

	@Override
	@Pattern(regexp = CODE_PATTERN, message = "towns.validation.code-pattern")
	public @Nullable String getCode() {
		return super.getCode();
	}

	public @Nullable TownKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable TownKind kind) {
		this.kind = kind;
	}

	public @Nullable Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(@Nullable Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

}
