/**
 * Entities and repositories of the coverage feature; nobody outside the feature uses
 * them.
 */
@NullMarked
package cn.pinghu.socialwork.coverage.internal;

import org.jspecify.annotations.NullMarked;
