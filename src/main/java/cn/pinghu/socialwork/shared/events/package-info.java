/**
 * The domain-event outbox and its publisher.
 */
@NullMarked
package cn.pinghu.socialwork.shared.events;

import org.jspecify.annotations.NullMarked;
