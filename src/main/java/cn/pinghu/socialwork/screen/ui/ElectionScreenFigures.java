package cn.pinghu.socialwork.screen.ui;

import java.util.List;

import cn.pinghu.socialwork.elections.ElectionCompletion;
import cn.pinghu.socialwork.elections.ElectionOverview;
import org.jspecify.annotations.Nullable;

/**
 * What the election screen shows of a town scope, read at once for all its screens.
 *
 * @param overview today's round; {@code null} when there is none
 * @param latest the latest completions in the scope, newest first
 */
record ElectionScreenFigures(@Nullable ElectionOverview overview, List<ElectionCompletion> latest) {

	ElectionScreenFigures {
		latest = List.copyOf(latest);
	}

}
