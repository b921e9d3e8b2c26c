package org.confidant.audit.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Just enough JSON for export lines: one flat object per line whose values are strings, integers or null. Written
 * and read here so that the export verifier needs nothing beyond the JDK.
 */
final class FlatJson {

  private FlatJson() {}

  static void appendString(StringBuilder out, String value) {
    if (value == null) {
      out.append("null");
      return;
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** The members of one flat JSON object: String, Long or null values. */
  static Map<String, Object> parse(String line) {
    return new Parser(line).object();
  }

  private static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    Map<String, Object> object() {
      Map<String, Object> members = new HashMap<>(32);
      expect('{');
      skipSpace();
      if (peek() == '}') {
        at++;
        return end(members);
      }
      do {
        skipSpace();
        String name = string();
        skipSpace();
        expect(':');
        skipSpace();
        members.put(name, value());
        skipSpace();
      } while (take() == ',');
      at--;
      expect('}');
      return end(members);
    }

    private Map<String, Object> end(Map<String, Object> members) {
      skipSpace();
      if (at != text.length()) {
        throw new IllegalArgumentException("text after the object at column " + (at + 1));
      }
      return members;
    }

    private Object value() {
      char c = peek();
      if (c == '"') {
        return string();
      }
      if (text.startsWith("null", at)) {
        at += 4;
        return null;
      }
      int start = at;
      if (c == '-') {
        at++;
      }
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      if (start == at) {
        throw new IllegalArgumentException("unexpected '" + c + "' at column " + (at + 1));
      }
      return Long.parseLong(text, start, at, 10);
    }

    private String string() {
      expect('"');
      int start = at;
      int end = text.indexOf('"', start);
      int escape = text.indexOf('\\', start);
      if (end >= 0 && (escape < 0 || escape > end)) {
        at = end + 1;
        return text.substring(start, end);
      }
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = take();
        if (c == '"') {
          return out.toString();
        }
        out.append(c == '\\' ? unescape(take()) : c);
      }
    }

    private char unescape(char c) {
      return switch (c) {
        case '"', '\\', '/' -> c;
        case 'b' -> '\b';
        case 'f' -> '\f';
        case 'n' -> '\n';
        case 'r' -> '\r';
        case 't' -> '\t';
        case 'u' -> {
          char decoded = (char) Integer.parseInt(text.substring(at, at + 4), 16);
          at += 4;
          yield decoded;
        }
        default -> throw new IllegalArgumentException("bad escape \\" + c);
      };
    }

    private void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private char peek() {
      if (at >= text.length()) {
        throw new IllegalArgumentException("unexpected end of line");
      }
      return text.charAt(at);
    }

    private char take() {
      char c = peek();
      at++;
      return c;
    }

    private void expect(char c) {
      if (take() != c) {
        throw new IllegalArgumentException("expected '" + c + "' at column " + at);
      }
    }
  }
}
