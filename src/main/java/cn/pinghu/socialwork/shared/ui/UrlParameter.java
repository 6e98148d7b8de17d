package cn.pinghu.socialwork.shared.ui;

import java.io.Serializable;
import java.util.Objects;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;

/**
 * A filter field of a {@link MasterDataGrid} and how its value goes into and out of the
 * URL query.
 */
record UrlParameter<V>(HasValue<?, V> field, SerializableFunction<V, @Nullable String> toText,
		SerializableFunction<String, @Nullable V> fromText) implements Serializable {

	void read(@Nullable String text) {
		V value = (text == null || text.isBlank()) ? null : this.fromText.apply(text);
		this.field.setValue((value != null) ? value : this.field.getEmptyValue());
	}

	@Nullable String write() {
		V value = this.field.getValue();
		if (value == null || Objects.equals(value, this.field.getEmptyValue())) {
			return null;
		}
		return this.toText.apply(value);
	}

}
