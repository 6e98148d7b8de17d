/**
 * Bean Validation constraints that several features' forms and imports share, such as
 * phone numbers.
 */
@NullMarked
package cn.pinghu.socialwork.shared.validation;

import org.jspecify.annotations.NullMarked;
