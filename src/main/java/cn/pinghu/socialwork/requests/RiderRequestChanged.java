package cn.pinghu.socialwork.requests;

/**
 * Something happened to a rider's request: what open worklists and figures refresh on.
 * Published inside the change's transaction, heard after it commits.
 */
public sealed interface RiderRequestChanged
		permits RiderRequestFiled, RiderRequestReplied, RiderRequestClosed, RiderRequestRated {

	long requestId();

	long townId();

}
