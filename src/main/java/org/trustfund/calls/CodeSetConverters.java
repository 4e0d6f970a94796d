package org.trustfund.calls;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Small sets of codes stored as one comma-separated column, sorted so that equal sets compare equal. */
@NamedInterface("api")
public final class CodeSetConverters {

	private CodeSetConverters() {
	}

	static String join(Set<?> values) {
		return values == null ? "" : values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
	}

	static Set<String> split(String column) {
		if (column == null || column.isBlank()) {
			return new TreeSet<>();
		}
		return Arrays.stream(column.split(",")).collect(Collectors.toCollection(TreeSet::new));
	}

	@Converter
	public static class Strings implements AttributeConverter<Set<String>, String> {
		@Override
		public String convertToDatabaseColumn(Set<String> attribute) {
			return join(attribute);
		}

		@Override
		public Set<String> convertToEntityAttribute(String column) {
			return Collections.unmodifiableSet(split(column));
		}
	}

	@Converter
	@NamedInterface("api")
	public static class TargetGroups implements AttributeConverter<Set<TargetGroup>, String> {
		@Override
		public String convertToDatabaseColumn(Set<TargetGroup> attribute) {
			return join(attribute);
		}

		@Override
		public Set<TargetGroup> convertToEntityAttribute(String column) {
			Set<TargetGroup> set = EnumSet.noneOf(TargetGroup.class);
			split(column).forEach(c -> set.add(TargetGroup.valueOf(c)));
			return Collections.unmodifiableSet(set);
		}
	}

	@Converter
	@NamedInterface("api")
	public static class Services implements AttributeConverter<Set<AssistanceService>, String> {
		@Override
		public String convertToDatabaseColumn(Set<AssistanceService> attribute) {
			return join(attribute);
		}

		@Override
		public Set<AssistanceService> convertToEntityAttribute(String column) {
			Set<AssistanceService> set = EnumSet.noneOf(AssistanceService.class);
			split(column).forEach(c -> set.add(AssistanceService.valueOf(c)));
			return Collections.unmodifiableSet(set);
		}
	}
}
