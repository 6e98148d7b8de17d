/**
 * The social work console: a Vaadin admin console with a live big screen.
 */
@NullMarked
package cn.pinghu.socialwork;

import org.jspecify.annotations.NullMarked;
