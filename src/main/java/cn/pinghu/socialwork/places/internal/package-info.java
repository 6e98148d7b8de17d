/**
 * Entities and repositories of towns and communities.
 */
@NullMarked
package cn.pinghu.socialwork.places.internal;

import org.jspecify.annotations.NullMarked;
