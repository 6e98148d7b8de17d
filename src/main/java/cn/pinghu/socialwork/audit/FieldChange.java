package cn.pinghu.socialwork.audit;

import org.jspecify.annotations.Nullable;

/**
 * One field of a record that a change touched, with its value before and after as text;
 * {@code null} where the field had no value.
 */
public record FieldChange(String field, @Nullable String from, @Nullable String to) {
}
