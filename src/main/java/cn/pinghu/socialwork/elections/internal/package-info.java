/**
 * Entities and repositories of the elections feature; nobody outside the feature uses
 * them.
 */
@NullMarked
package cn.pinghu.socialwork.elections.internal;

import org.jspecify.annotations.NullMarked;
