/**
 * The audit trail's entity and repository.
 */
@NullMarked
package cn.pinghu.socialwork.audit.internal;

import org.jspecify.annotations.NullMarked;
