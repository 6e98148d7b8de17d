package cn.pinghu.socialwork.progress.ui;

import cn.pinghu.socialwork.progress.Signal;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignalBadgeTest {

	@Test
	void each_signal_has_its_colour_and_class_name() {
		Span green = SignalBadge.of("绿", Signal.GREEN);
		Span yellow = SignalBadge.of("黄", Signal.YELLOW);
		Span red = SignalBadge.of("红", Signal.RED);

		assertThat(green.getText()).isEqualTo("绿");
		assertThat(green.getElement().getThemeList()).containsExactlyInAnyOrder("badge", "success");
		assertThat(red.getElement().getThemeList()).containsExactlyInAnyOrder("badge", "error");
		assertThat(yellow.getElement().getThemeList()).containsExactly("badge");
		assertThat(yellow.getStyle().get("background-color")).isEqualTo("#fff1c2");
		assertThat(green.getClassNames()).contains("signal-green");
		assertThat(yellow.getClassNames()).contains("signal-yellow");
		assertThat(red.getClassNames()).contains("signal-red");
	}

}
