package cn.pinghu.socialwork.stations.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.stations.Facility;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a set of facilities as their codes, separated by semicolons, in declaration
 * order.
 */
@Converter
public class FacilitySetConverter implements AttributeConverter<Set<Facility>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Facility> facilities) {
		if (facilities == null || facilities.isEmpty()) {
			return "";
		}
		return EnumSet.copyOf(facilities).stream().map(Enum::name).collect(Collectors.joining(";"));
	}

	@Override
	public Set<Facility> convertToEntityAttribute(String column) {
		EnumSet<Facility> facilities = EnumSet.noneOf(Facility.class);
		if (column != null) {
			Arrays.stream(column.split(";"))
				.map(String::trim)
				.filter(code -> !code.isEmpty())
				.forEach(code -> facilities.add(Facility.valueOf(code)));
		}
		return facilities;
	}

}
