package org.confidant.contacts.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confidant.contacts.api.PhoneView;

/** The JSON inside sealed list and map columns (phones, record numbers, custom fields). */
final class RecordJson {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Type PHONES = new ArrayList<PhoneView>() {
    private static final long serialVersionUID = 1L;
  }.getClass().getGenericSuperclass();
  private static final Type STRINGS = new ArrayList<String>() {
    private static final long serialVersionUID = 1L;
  }.getClass().getGenericSuperclass();
  private static final Type FIELDS = new LinkedHashMap<String, String>() {
    private static final long serialVersionUID = 1L;
  }.getClass().getGenericSuperclass();

  private RecordJson() {}

  static String write(Object value) {
    return JSONB.toJson(value);
  }

  static List<PhoneView> phones(String json) {
    return JSONB.fromJson(json, PHONES);
  }

  static List<String> strings(String json) {
    return JSONB.fromJson(json, STRINGS);
  }

  static Map<String, String> fields(String json) {
    return JSONB.fromJson(json, FIELDS);
  }
}
