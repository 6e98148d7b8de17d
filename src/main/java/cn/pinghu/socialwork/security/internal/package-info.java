/**
 * Entities and repositories of the security feature.
 */
@NullMarked
package cn.pinghu.socialwork.security.internal;

import org.jspecify.annotations.NullMarked;
