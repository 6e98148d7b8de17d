/**
 * Entities, repositories and queries of the rider requests; nobody outside the feature
 * uses them.
 */
@NullMarked
package cn.pinghu.socialwork.requests.internal;

import org.jspecify.annotations.NullMarked;
