package cn.pinghu.socialwork.screen.live;

/** How a snapshot reaches a screen. */
public enum PushTransport {

	/** Vaadin's push to a wall screen of the console. */
	VAADIN,

	/** The STOMP topic that displays of other makes follow. */
	STOMP

}
