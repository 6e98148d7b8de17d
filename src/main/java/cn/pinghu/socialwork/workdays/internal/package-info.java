/**
 * Entities and repositories of the working-day calendar; nobody outside the feature uses
 * them.
 */
@NullMarked
package cn.pinghu.socialwork.workdays.internal;

import org.jspecify.annotations.NullMarked;
