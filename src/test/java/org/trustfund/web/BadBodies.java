package org.trustfund.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Bad request bodies for one operation, made from its schema in the OpenAPI description: a plausible
 * body (every property filled with a value of its type) and, for each property, the same body with that
 * property null, of a wrong type, a huge string (100,000 characters), a huge number ({@code 1e400},
 * {@code 99999999999999999999}), a date beyond the year range, or a list holding {@code null} or items
 * whose fields are null. Plus bodies that are no valid JSON at all or JSON of the wrong shape.
 */
final class BadBodies {

	/** One body to send: a label for the report, the raw JSON text, and whether the body may be valid. */
	record Body(String label, String json, boolean mayBeValid) {
	}

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	private static final String HUGE_STRING = "x".repeat(100_000);

	private final JsonNode components;
	private final ObjectMapper json;

	BadBodies(JsonNode apiDocs, ObjectMapper json) {
		this.components = apiDocs.path("components").path("schemas");
		this.json = json;
	}

	/** Bodies that no operation accepts, whatever its schema. */
	static List<Body> shapeless() {
		return List.of(new Body("malformed JSON", "{\"a\": ", false), new Body("JSON null", "null", false),
				new Body("JSON array", "[]", false), new Body("JSON string", "\"x\"", false),
				new Body("truncated", "{\"a\":[1,2", false));
	}

	/** @param schema the operation's request body schema (may be a {@code $ref}) */
	List<Body> forSchema(JsonNode schema) throws Exception {
		List<Body> bodies = new ArrayList<>();
		JsonNode resolved = resolve(schema);
		JsonNode sample = sample(resolved, 0);
		if (!(sample instanceof ObjectNode base)) {
			return bodies;
		}
		bodies.add(new Body("every field null", nullEverything(base).toString(), false));
		for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> property = it.next();
			String name = property.getKey();
			JsonNode type = resolve(property.getValue());
			bodies.add(with(base, name, "null", NODES.nullNode(), true));
			bodies.add(with(base, name, "wrong type", wrongType(type), false));
			switch (type.path("type").asText()) {
				case "string" -> {
					bodies.add(with(base, name, "100k characters", NODES.textNode(HUGE_STRING), false));
					if (!type.path("format").asText().startsWith("date")) {
						// a number where text or a choice is described (Jackson would read it as "1.0E30" or a position)
						bodies.add(with(base, name, "a number", NODES.numberNode(1e30), false));
					}
					if (type.path("format").asText().startsWith("date")) {
						bodies.add(with(base, name, "year 999999999", NODES.textNode(farDate(type)), false));
					}
				}
				case "integer", "number" -> {
					bodies.add(with(base, name, "1e400", NODES.rawValueNode(new RawValue("1e400")), false));
					bodies.add(with(base, name, "99999999999999999999",
							NODES.rawValueNode(new RawValue("99999999999999999999")), false));
				}
				case "array" -> {
					bodies.add(with(base, name, "[null]", NODES.arrayNode().addNull(), false));
					JsonNode item = sample(resolve(type.path("items")), 1);
					if (item instanceof ObjectNode itemObject) {
						for (Iterator<String> fields = itemObject.fieldNames(); fields.hasNext();) {
							String field = fields.next();
							ObjectNode broken = itemObject.deepCopy().putNull(field);
							bodies.add(with(base, name, "[{" + field + ": null}]", NODES.arrayNode().add(broken), true));
						}
					}
				}
				default -> {
				}
			}
		}
		return bodies;
	}

	private Body with(ObjectNode base, String name, String what, JsonNode value, boolean mayBeValid) {
		ObjectNode body = base.deepCopy();
		body.set(name, value);
		try {
			return new Body(name + " " + what, json.writeValueAsString(body), mayBeValid);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static ObjectNode nullEverything(ObjectNode base) {
		ObjectNode body = base.deepCopy();
		base.fieldNames().forEachRemaining(body::putNull);
		return body;
	}

	private static String farDate(JsonNode type) {
		return type.path("format").asText().equals("date") ? "+999999999-12-31" : "+999999999-12-31T23:59:59";
	}

	private static JsonNode wrongType(JsonNode type) {
		return switch (type.path("type").asText()) {
			case "string" -> NODES.objectNode().put("a", 1);
			case "array" -> NODES.textNode("not a list");
			case "object" -> NODES.numberNode(5);
			default -> NODES.textNode("not a number");
		};
	}

	/** A value of the schema's type: "text", 1, true, today's-ish dates, the first enum constant. */
	private JsonNode sample(JsonNode schema, int depth) {
		JsonNode s = resolve(schema);
		if (s.has("enum")) {
			return s.path("enum").get(0);
		}
		switch (s.path("type").asText(s.has("properties") ? "object" : "")) {
			case "string":
				return switch (s.path("format").asText()) {
					case "date" -> NODES.textNode("2030-01-15");
					case "date-time" -> NODES.textNode("2030-01-15T10:00:00");
					case "email" -> NODES.textNode("someone@example.org");
					default -> NODES.textNode("text");
				};
			case "integer":
			case "number":
				return NODES.numberNode(1);
			case "boolean":
				return NODES.booleanNode(true);
			case "array":
				ArrayNode list = NODES.arrayNode();
				return depth > 3 ? list : list.add(sample(s.path("items"), depth + 1));
			case "object":
				ObjectNode object = NODES.objectNode();
				if (depth <= 3) {
					s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
				}
				return object;
			default:
				return NODES.textNode("text");
		}
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode s = schema;
		for (int i = 0; i < 5 && s.has("$ref"); i++) {
			String ref = s.path("$ref").asText();
			s = components.path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		if (s.has("allOf") && s.path("allOf").size() == 1) {
			return resolve(s.path("allOf").get(0));
		}
		return s;
	}
}
