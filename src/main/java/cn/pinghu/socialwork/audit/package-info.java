/**
 * The audit trail: who changed which record, when, and which fields from what to what.
 */
@NullMarked
package cn.pinghu.socialwork.audit;

import org.jspecify.annotations.NullMarked;
