/**
 * The audit trail view for administrators.
 */
@NullMarked
package cn.pinghu.socialwork.audit.ui;

import org.jspecify.annotations.NullMarked;
