package org.newssearch.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * JSON Schemas of the records the API writes, read from the records themselves: Jackson writes a
 * record's components under their own names, so the description cannot drift from the answers.
 * Each record becomes one entry of {@code components/schemas}, named by its simple name.
 */
final class RecordSchemas {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final ObjectNode components = JSON.objectNode();

  /** A reference to {@code type}'s schema, adding it (and the records it holds) to the components. */
  ObjectNode ref(Class<? extends Record> type) {
    String name = type.getSimpleName();
    if (!components.has(name)) {
      ObjectNode schema = components.putObject(name).put("type", "object");
      ObjectNode properties = schema.putObject("properties");
      for (RecordComponent component : type.getRecordComponents()) {
        properties.set(component.getName(), of(component.getGenericType()));
        schema.withArray("required").add(component.getName());
      }
      schema.put("additionalProperties", false);
    }
    return JSON.objectNode().put("$ref", "#/components/schemas/" + name);
  }

  /** The schemas referred to so far. */
  ObjectNode components() {
    return components;
  }

  /** The schema of one record's entry (to refine it, such as listing a map's keys). */
  ObjectNode schemaOf(Class<? extends Record> type) {
    ref(type);
    return (ObjectNode) components.get(type.getSimpleName());
  }

  @SuppressWarnings("unchecked")
  private ObjectNode of(Type type) {
    if (type instanceof ParameterizedType generic) {
      Type raw = generic.getRawType();
      Type[] args = generic.getActualTypeArguments();
      if (raw == List.class) {
        ObjectNode array = JSON.objectNode().put("type", "array");
        array.set("items", of(args[0]));
        return array;
      }
      if (raw == Map.class) {
        ObjectNode map = JSON.objectNode().put("type", "object");
        map.set("additionalProperties", of(args[1]));
        return map;
      }
    }
    if (type instanceof Class<?> c) {
      if (c.isRecord()) {
        return ref((Class<? extends Record>) c);
      }
      if (c == String.class) {
        // Jackson writes absent values (a date, a url, the cursor on the last page) as null.
        ObjectNode string = JSON.objectNode();
        string.putArray("type").add("string").add("null");
        return string;
      }
      if (c == long.class || c == int.class || c == Long.class || c == Integer.class) {
        return JSON.objectNode().put("type", "integer");
      }
      if (c == float.class || c == double.class || c == Float.class || c == Double.class) {
        return JSON.objectNode().put("type", "number");
      }
      if (c == boolean.class || c == Boolean.class) {
        return JSON.objectNode().put("type", "boolean");
      }
    }
    throw new IllegalArgumentException("no JSON Schema for " + type + ": add its case to RecordSchemas");
  }
}
