package cn.pinghu.socialwork.requests.ui;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import cn.pinghu.socialwork.audit.ui.AuditHistory;
import cn.pinghu.socialwork.requests.RequestSummary;
import cn.pinghu.socialwork.requests.RiderRequestService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/** 办理记录: the history of one case, newest first. */
class RequestHistoryDialog extends Dialog {

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("townId", "requests.field.townId"),
			Map.entry("stationId", "requests.field.stationId"), Map.entry("channel", "requests.field.channel"),
			Map.entry("category", "requests.field.category"), Map.entry("text", "requests.field.text"),
			Map.entry("phone", "requests.field.phone"), Map.entry("replyDue", "requests.field.replyDue"),
			Map.entry("closeDue", "requests.field.closeDue"), Map.entry("status", "requests.field.status"),
			Map.entry("replyText", "requests.field.replyText"), Map.entry("outcome", "requests.field.outcome"),
			Map.entry("rating", "requests.field.rating"));

	RequestHistoryDialog(RiderRequestService requests, RequestSummary request, ZoneId zone,
			Map<Long, String> townNames) {
		setHeaderTitle(getTranslation("requests.history.title"));
		addClassName("request-history-dialog");
		setWidth("56rem");
		AuditHistory history = new AuditHistory(zone, LABELS, Set.of("replyDue", "closeDue")) {

			@Override
			protected String text(String field, String value) {
				return switch (field) {
					case "townId" -> townNames.getOrDefault(Long.valueOf(value), value);
					case "channel" -> getTranslation("requests.channel." + value);
					case "category" -> getTranslation("requests.category." + value);
					case "status" -> getTranslation("requests.status." + value);
					default -> value;
				};
			}

		};
		history.show(requests.history(request.id()));
		history.setHeight("24rem");
		add(history);
		getFooter().add(new Button(getTranslation("requests.history.close"), click -> close()));
	}

}
