/**
 * The master-data views of towns and communities.
 */
@NullMarked
package cn.pinghu.socialwork.places.ui;

import org.jspecify.annotations.NullMarked;
