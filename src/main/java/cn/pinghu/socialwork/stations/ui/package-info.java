/**
 * Views of rider stations.
 */
@NullMarked
package cn.pinghu.socialwork.stations.ui;

import org.jspecify.annotations.NullMarked;
