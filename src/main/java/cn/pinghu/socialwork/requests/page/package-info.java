/**
 * 我要反映: the public page on which a rider files a request from a station's check-in page,
 * {@code /s/{code}/request}; plain HTML for phones, like the check-in page.
 */
@NullMarked
package cn.pinghu.socialwork.requests.page;

import org.jspecify.annotations.NullMarked;
