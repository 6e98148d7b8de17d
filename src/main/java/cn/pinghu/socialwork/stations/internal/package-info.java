/**
 * Entities and repositories of rider stations and their API keys.
 */
@NullMarked
package cn.pinghu.socialwork.stations.internal;

import org.jspecify.annotations.NullMarked;
