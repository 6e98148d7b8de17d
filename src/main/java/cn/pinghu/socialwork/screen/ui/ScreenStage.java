package cn.pinghu.socialwork.screen.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * Fills the window and scales its 1920×1080 canvas to fit (see
 * frontend/screen/big-screen-stage.ts).
 */
@Tag("big-screen-stage")
@JsModule("./screen/big-screen-stage.ts")
class ScreenStage extends Component implements HasComponents, HasStyle {

}
