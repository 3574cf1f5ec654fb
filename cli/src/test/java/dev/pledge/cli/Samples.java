package dev.pledge.cli;

import dev.pledge.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bundled sample data, relative to the cli module, and helpers to read command output. */
public final class Samples {
  static final Path DATA = Path.of("../examples/data");
  public static final String SKY_CUSTOMERS = DATA.resolve("skyclub-customers.jsonl").toString();
  public static final String SKY_ACTIVITIES = DATA.resolve("skyclub-activities.jsonl").toString();
  public static final String SKY_CASES = DATA.resolve("skyclub-cases.jsonl").toString();
  public static final String SKY_FORECAST = DATA.resolve("skyclub-forecast.jsonl").toString();
  public static final String SHOP_CUSTOMERS = DATA.resolve("shop-customers.jsonl").toString();
  public static final String SHOP_ACTIVITIES = DATA.resolve("shop-activities.jsonl").toString();
  public static final String SHOP_CASES = DATA.resolve("shop-cases.jsonl").toString();
  /** Friday 6 March 2026, 19:00 in Warsaw: the end of the sample week. */
  public static final String AS_OF = "2026-03-06T18:00:00Z";

  private Samples() {}

  public static List<JsonNode> records(String out) {
    return out.lines().map(line -> {
      try {
        return Json.mapper().readTree(line);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + line, e);
      }
    }).toList();
  }

  /** The lines of {@code file} with {@code bad} inserted before line {@code at} (1-based), in {@code dir}. */
  public static String withLineAt(Path dir, String file, int at, String bad) {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(file)));
      lines.add(at - 1, bad);
      Path out = dir.resolve(Path.of(file).getFileName());
      Files.write(out, lines);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String write(Path dir, String name, String... lines) {
    try {
      Path out = dir.resolve(name);
      Files.writeString(out, String.join("\n", lines) + "\n");
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
