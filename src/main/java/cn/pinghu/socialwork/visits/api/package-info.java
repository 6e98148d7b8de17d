/**
 * The REST API that stations post visits to.
 */
@NullMarked
package cn.pinghu.socialwork.visits.api;

import org.jspecify.annotations.NullMarked;
