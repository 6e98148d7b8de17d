package cn.pinghu.socialwork.elections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.pinghu.socialwork.elections.ElectionRejectedException.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * The rules a new round keeps: a name, a period in order, and a planned date for every
 * stage of the main line, in order and within the period, for the city and for each town
 * with dates of its own. A rejection's field is {@code name}, {@code startsOn},
 * {@code endsOn}, {@code plan.<STAGE>} or {@code townPlans.<townId>.<STAGE>}.
 */
final class RoundRules {

	private RoundRules() {
	}

	/** The stages a round plans: the main line but the completion. */
	static List<ElectionStage> plannedStages() {
		return ElectionStage.MAIN_LINE.stream().filter(stage -> stage != ElectionStage.COMPLETED).toList();
	}

	static List<Rejection> check(RoundDraft draft, Set<Long> towns) {
		List<Rejection> rejections = new ArrayList<>();
		String name = (draft.name() != null) ? draft.name().strip() : "";
		if (name.isEmpty()) {
			rejections.add(rejection("name", "elections.round.validation.name-required"));
		}
		else if (name.length() > ElectionRoundService.NAME_LENGTH) {
			rejections.add(new Rejection("name", "elections.round.validation.name-too-long",
					List.of(ElectionRoundService.NAME_LENGTH)));
		}
		LocalDate startsOn = draft.startsOn();
		LocalDate endsOn = draft.endsOn();
		if (startsOn == null) {
			rejections.add(rejection("startsOn", "elections.round.validation.starts-on-required"));
		}
		if (endsOn == null) {
			rejections.add(rejection("endsOn", "elections.round.validation.ends-on-required"));
		}
		else if (startsOn != null && endsOn.isBefore(startsOn)) {
			rejections.add(rejection("endsOn", "elections.round.validation.period-order"));
		}
		checkPlan("plan.", draft.plan(), true, startsOn, endsOn, rejections);
		draft.townPlans().forEach((town, own) -> {
			if (!towns.contains(town)) {
				rejections.add(new Rejection("townPlans", "elections.round.validation.no-town", List.of(town)));
				return;
			}
			Map<ElectionStage, LocalDate> dates = new EnumMap<>(ElectionStage.class);
			dates.putAll(draft.plan());
			dates.putAll(own);
			checkPlan("townPlans." + town + ".", dates, false, startsOn, endsOn, rejections);
		});
		return rejections;
	}

	/**
	 * Every planned stage has a date within the period, none before the stage ahead of
	 * it. A town's plan reports a missing date only where the city's is missing too,
	 * which the city's check already says.
	 */
	private static void checkPlan(String prefix, Map<ElectionStage, LocalDate> plan, boolean city,
			@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, List<Rejection> rejections) {
		LocalDate previous = null;
		for (ElectionStage stage : plannedStages()) {
			LocalDate due = plan.get(stage);
			String field = prefix + stage.name();
			if (due == null) {
				if (city) {
					rejections.add(rejection(field, "elections.round.validation.due-required"));
				}
				continue;
			}
			if ((startsOn != null && due.isBefore(startsOn)) || (endsOn != null && due.isAfter(endsOn))) {
				rejections.add(rejection(field, "elections.round.validation.due-outside-period"));
			}
			else if (previous != null && due.isBefore(previous)) {
				rejections.add(rejection(field, "elections.round.validation.due-order"));
			}
			previous = due;
		}
		plan.keySet()
			.stream()
			.filter(stage -> !plannedStages().contains(stage))
			.forEach(stage -> rejections
				.add(rejection(prefix + stage.name(), "elections.round.validation.not-planned")));
	}

	private static Rejection rejection(String field, String messageKey) {
		return new Rejection(field, messageKey, List.of());
	}

}
