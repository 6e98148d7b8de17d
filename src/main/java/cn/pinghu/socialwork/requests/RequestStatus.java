package cn.pinghu.socialwork.requests;

/** Where a case stands: Received → 已回应 → 已办结. */
public enum RequestStatus {

	RECEIVED, REPLIED, CLOSED;

	public boolean isOpen() {
		return this != CLOSED;
	}

}
