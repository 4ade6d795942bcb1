package dev.valuex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Locale;

/** Output formats: human-friendly text by default, JSON for scripts. */
enum Format {
  TEXT, JSON;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static void printJson(PrintWriter out, Object value) {
    try {
      out.println(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON output: " + e.getMessage(), e);
    }
  }

  /** Prints a JSON document written by the library, indented like every other output. */
  static void printJsonText(PrintWriter out, String json) {
    try {
      printJson(out, MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot re-read a valuex document: " + e.getMessage(), e);
    }
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
