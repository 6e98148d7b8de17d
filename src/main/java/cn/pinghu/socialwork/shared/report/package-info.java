/**
 * The weekly report leaders download: declared here so that a feature's screen can offer
 * it while the dashboard, which reads every feature, writes it.
 */
@NullMarked
package cn.pinghu.socialwork.shared.report;

import org.jspecify.annotations.NullMarked;
