/**
 * The REST API that stations post visits to.
 */
@NullMarked
package cn.pinghu.socialwork.stations.api;

import org.jspecify.annotations.NullMarked;
