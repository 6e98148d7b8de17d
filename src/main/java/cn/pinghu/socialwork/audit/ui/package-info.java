/**
 * The audit trail view for administrators, and the History tab that edit forms share.
 */
@NullMarked
package cn.pinghu.socialwork.audit.ui;

import org.jspecify.annotations.NullMarked;
