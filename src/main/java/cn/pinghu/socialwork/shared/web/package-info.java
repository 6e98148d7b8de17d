/**
 * Pieces of the REST API that every feature shares: problem details and request limits.
 */
@NullMarked
package cn.pinghu.socialwork.shared.web;

import org.jspecify.annotations.NullMarked;
