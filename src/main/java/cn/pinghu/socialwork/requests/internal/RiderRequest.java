package cn.pinghu.socialwork.requests.internal;

import java.time.Instant;

import cn.pinghu.socialwork.requests.RequestCategory;
import cn.pinghu.socialwork.requests.RequestChannel;
import cn.pinghu.socialwork.requests.RequestStatus;
import cn.pinghu.socialwork.shared.data.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A rider's request (小哥诉求) and how its case went. */
@Entity
@Table(name = "rider_request")
public class RiderRequest extends VersionedEntity {

	@Column(name = "town_id", nullable = false)
	private long townId;

	@Column(name = "station_id")
	private @Nullable Long stationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private RequestChannel channel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private RequestCategory category;

	@Column(nullable = false, length = 500)
	private String text;

	@Column(length = 16)
	private @Nullable String phone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private RequestStatus status;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "filed_by", length = 64)
	private @Nullable String filedBy;

	@Column(name = "reply_due", nullable = false)
	private Instant replyDue;

	@Column(name = "close_due", nullable = false)
	private Instant closeDue;

	@Column(name = "reply_text", length = 500)
	private @Nullable String replyText;

	@Column(name = "replied_at")
	private @Nullable Instant repliedAt;

	@Column(name = "replied_by", length = 64)
	private @Nullable String repliedBy;

	@Column(length = 500)
	private @Nullable String outcome;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "closed_by", length = 64)
	private @Nullable String closedBy;

	private @Nullable Integer rating;

	@Column(name = "rated_at")
	private @Nullable Instant ratedAt;

	@Column(name = "rating_token", nullable = false, length = 32, updatable = false)
	private String ratingToken;

	@Column(name = "phone_removed_at")
	private @Nullable Instant phoneRemovedAt;

	protected RiderRequest() {
	}

	public RiderRequest(long townId, @Nullable Long stationId, RequestChannel channel, RequestCategory category,
			String text, @Nullable String phone, Instant receivedAt, @Nullable String filedBy, Instant replyDue,
			Instant closeDue, String ratingToken) {
		this.townId = townId;
		this.stationId = stationId;
		this.channel = channel;
		this.category = category;
		this.text = text;
		this.phone = phone;
		this.status = RequestStatus.RECEIVED;
		this.receivedAt = receivedAt;
		this.filedBy = filedBy;
		this.replyDue = replyDue;
		this.closeDue = closeDue;
		this.ratingToken = ratingToken;
	}

	public void reply(String text, Instant at, String by) {
		this.replyText = text;
		this.repliedAt = at;
		this.repliedBy = by;
		this.status = RequestStatus.REPLIED;
	}

	public void close(String outcome, Instant at, String by) {
		this.outcome = outcome;
		this.closedAt = at;
		this.closedBy = by;
		this.status = RequestStatus.CLOSED;
	}

	public void rate(int rating, Instant at) {
		this.rating = rating;
		this.ratedAt = at;
	}

	public void removePhone(Instant at) {
		this.phone = null;
		this.phoneRemovedAt = at;
	}

	public long getTownId() {
		return this.townId;
	}

	public @Nullable Long getStationId() {
		return this.stationId;
	}

	public RequestChannel getChannel() {
		return this.channel;
	}

	public RequestCategory getCategory() {
		return this.category;
	}

	public String getText() {
		return this.text;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public RequestStatus getStatus() {
		return this.status;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public @Nullable String getFiledBy() {
		return this.filedBy;
	}

	public Instant getReplyDue() {
		return this.replyDue;
	}

	public Instant getCloseDue() {
		return this.closeDue;
	}

	public @Nullable String getReplyText() {
		return this.replyText;
	}

	public @Nullable Instant getRepliedAt() {
		return this.repliedAt;
	}

	public @Nullable String getRepliedBy() {
		return this.repliedBy;
	}

	public @Nullable String getOutcome() {
		return this.outcome;
	}

	public @Nullable Instant getClosedAt() {
		return this.closedAt;
	}

	public @Nullable String getClosedBy() {
		return this.closedBy;
	}

	public @Nullable Integer getRating() {
		return this.rating;
	}

	public String getRatingToken() {
		return this.ratingToken;
	}

}
