/**
 * Committee elections (村社区"两委"换届): the rounds, each community's way through the stages,
 * their validation, the KPIs per town and city, and the live fan-out of changes.
 */
@NullMarked
package cn.pinghu.socialwork.elections;

import org.jspecify.annotations.NullMarked;
