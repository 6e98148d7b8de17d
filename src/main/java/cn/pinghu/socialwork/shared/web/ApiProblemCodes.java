package cn.pinghu.socialwork.shared.web;

import java.util.Collection;

/**
 * The {@code code}s of the problems a feature's part of the API answers with (see
 * {@link ApiProblems}). Each feature that answers problems declares them as a bean; the
 * API's published contract ({@link ApiContract}) lists them all, so that a station vendor
 * can branch on every one.
 */
@FunctionalInterface
public interface ApiProblemCodes {

	Collection<String> codes();

}
