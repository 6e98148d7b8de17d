/**
 * Entities and repositories of rider stations and visits.
 */
@NullMarked
package cn.pinghu.socialwork.stations.internal;

import org.jspecify.annotations.NullMarked;
