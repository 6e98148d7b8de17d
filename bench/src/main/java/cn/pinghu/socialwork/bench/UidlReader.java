package cn.pinghu.socialwork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Follows one element's text through Vaadin Flow's UIDL, the JSON state changes that the
 * server sends a UI. The element is found by its id attribute ({@code "key":"id"}); its text
 * lives in a child text node ({@code "key":"text"}) that the element's children splices
 * name. Flow reuses a single text child when the text changes, so after the first message
 * the changes are {@code put}s of {@code text} on that node. Within a message the child
 * splice may come before the id, so both are resolved after the whole message.
 */
final class UidlReader {

	/** Flow's feature number of an element's child list (ElementChildrenList). */
	private static final int CHILDREN_FEATURE = 2;

	private final String elementId;

	private final Map<Integer, String> texts = new HashMap<>();

	/** Each element's last added child node; only single-text elements matter here. */
	private final Map<Integer, Integer> lastChild = new HashMap<>();

	private int element = -1;

	UidlReader(String elementId) {
		this.elementId = elementId;
	}

	/**
	 * Applies one UIDL message's changes.
	 * @return the element's text if this message changed it, else null
	 */
	String apply(JsonNode uidl) {
		JsonNode changes = uidl.path("changes");
		String before = text();
		for (JsonNode change : changes) {
			int node = change.path("node").asInt(-1);
			String type = change.path("type").asText();
			String key = change.path("key").asText(null);
			if ("put".equals(type) && "id".equals(key) && this.elementId.equals(change.path("value").asText())) {
				this.element = node;
			}
			else if ("put".equals(type) && "text".equals(key)) {
				this.texts.put(node, change.path("value").asText());
			}
			else if ("splice".equals(type) && change.path("feat").asInt() == CHILDREN_FEATURE
					&& !change.path("addNodes").isEmpty()) {
				JsonNode added = change.path("addNodes");
				this.lastChild.put(node, added.get(added.size() - 1).asInt());
			}
			else if ("detach".equals(type)) {
				this.texts.remove(node);
				this.lastChild.remove(node);
			}
		}
		String after = text();
		return after != null && !after.equals(before) ? after : null;
	}

	String text() {
		Integer textNode = this.lastChild.get(this.element);
		return textNode == null ? null : this.texts.get(textNode);
	}

}
