/**
 * The outbox table behind the domain events.
 */
@NullMarked
package cn.pinghu.socialwork.shared.events.internal;

import org.jspecify.annotations.NullMarked;
