/**
 * 小哥诉求: riders' requests as cases, from the station's check-in page and the hotline, with
 * their deadlines, replies, outcomes and figures. Reads stations and places.
 */
@NullMarked
package cn.pinghu.socialwork.requests;

import org.jspecify.annotations.NullMarked;
