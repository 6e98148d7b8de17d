package cn.pinghu.socialwork.requests.ui;

import java.util.Locale;

import cn.pinghu.socialwork.requests.RequestStatus;
import cn.pinghu.socialwork.requests.RequestSummary;
import cn.pinghu.socialwork.requests.RiderRequestService;
import cn.pinghu.socialwork.shared.ui.Confirmation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * 回应 or 办结 a case: the reply or the outcome, recorded after a confirmation, since neither
 * can be changed afterwards.
 */
class AnswerDialog extends RequestDialog {

	/** Which step the dialog takes. */
	enum Step {

		REPLY("requests.reply"), CLOSE("requests.close");

		final String prefix;

		Step(String prefix) {
			this.prefix = prefix;
		}

	}

	final TextArea answer = new TextArea();

	private final transient RiderRequestService requests;

	private final RequestSummary request;

	private final Step step;

	AnswerDialog(RiderRequestService requests, RequestSummary request, Step step, SerializableRunnable onSaved) {
		super(onSaved);
		this.requests = requests;
		this.request = request;
		this.step = step;
		setHeaderTitle(getTranslation(step.prefix + ".title"));
		saveButton().setText(getTranslation(step.prefix + ".confirm"));
		addClassName("request-" + step.name().toLowerCase(Locale.ROOT) + "-dialog");
		Paragraph text = new Paragraph(request.text());
		text.getStyle().set("white-space", "pre-wrap").set("color", "var(--lumo-secondary-text-color)");
		this.answer.setLabel(getTranslation(step.prefix + ".field"));
		this.answer.setMaxLength(RiderRequestService.MAX_TEXT);
		this.answer.setRequired(true);
		this.answer.setWidthFull();
		this.answer.setMinHeight("8rem");
		form().add(text, this.answer);
		if (step == Step.CLOSE && request.status() == RequestStatus.RECEIVED) {
			form().add(new Paragraph(getTranslation("requests.close.no-reply")));
		}
	}

	@Override
	protected void confirmThenSave() {
		var dialog = Confirmation.of("request-confirm", getTranslation(this.step.prefix + ".title"),
				getTranslation(this.step.prefix + ".confirm-text"), getTranslation(this.step.prefix + ".confirm"));
		dialog.addConfirmListener(event -> save());
		dialog.open();
	}

	@Override
	protected void submit() {
		String text = this.answer.getValue();
		if (this.step == Step.REPLY) {
			this.requests.reply(this.request.id(), this.request.version(), text);
		}
		else {
			this.requests.close(this.request.id(), this.request.version(), text);
		}
	}

	@Override
	protected String savedKey() {
		return (this.step == Step.REPLY) ? "requests.replied" : "requests.closed";
	}

}
