package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pledge.Pledge;
import dev.pledge.config.ConfigException;
import dev.pledge.config.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/reference.md} are real: every {@code ```json} block is a whole
 * document ({@code "pledge": 1}) that loads with {@code Pledge.builder().load(json)}, unless it is
 * marked on the line before it:
 *
 * <ul>
 *   <li>{@code <!-- rejected -->}: loading must fail, with exactly the problems listed in the plain
 *       {@code ```} block that follows it;
 *   <li>{@code <!-- fragment -->}: part of a document, not loaded.
 * </ul>
 *
 * An unmarked block that is not a whole document fails the test, so no example goes unchecked.
 * The page must also name every key and enumerated value of the JSON Schema.
 */
class ReferenceExamplesTest {
  private static final Path PAGE = Path.of("..", "docs", "reference.md");
  private static final Path SCHEMA = Path.of("..", "docs", "pledge.schema.json");

  /** A fenced block: its info string, its text, and the HTML comment marker before it, if any. */
  record Block(String fence, String marker, int line, String text) {}

  @Test
  void everyWholeDocumentLoads() throws IOException {
    int loaded = 0;
    for (Block b : jsonBlocks()) {
      if (!b.marker().isEmpty()) {
        continue;
      }
      assertThat(b.text())
          .as("the json block at %s:%d is not a whole document; add \"pledge\": 1 or mark it <!-- fragment -->",
              PAGE, b.line())
          .containsPattern("\"pledge\"\\s*:\\s*1\\b");
      assertThatCode(() -> Pledge.builder().loadJson(b.text(), "reference.md:" + b.line()))
          .as("the example at %s:%d must load", PAGE, b.line())
          .doesNotThrowAnyException();
      loaded++;
    }
    assertThat(loaded).as("whole documents on the page").isGreaterThanOrEqualTo(9);
  }

  @Test
  void everyRejectedExampleFailsWithTheProblemsShown() throws IOException {
    List<Block> blocks = blocks();
    int rejected = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!b.fence().equals("json") || !b.marker().equals("rejected")) {
        continue;
      }
      assertThat(i + 1 < blocks.size() && blocks.get(i + 1).fence().isEmpty())
          .as("the rejected example at %s:%d must be followed by a plain ``` block of its problems", PAGE, b.line())
          .isTrue();
      List<String> expected = blocks.get(i + 1).text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      ConfigException e = catchThrowableOfType(ConfigException.class, () -> Pledge.builder().loadJson(b.text()));
      assertThat(e).as("the example at %s:%d must be rejected", PAGE, b.line()).isNotNull();
      assertThat(e.problems()).map(Problem::toString)
          .as("the problems of the example at %s:%d", PAGE, b.line())
          .containsExactlyElementsOf(expected);
      rejected++;
    }
    assertThat(rejected).isPositive();
  }

  @Test
  void thePageNamesEveryKeyAndValueOfTheSchema() throws IOException {
    String page = Files.readString(PAGE);
    Set<String> words = new TreeSet<>();
    collect(new ObjectMapper().readTree(SCHEMA.toFile()), words);
    List<String> missing = words.stream()
        .filter(w -> !page.contains("`" + w + "`") && !page.contains("\"" + w + "\""))
        .toList();
    assertThat(missing).as("keys and values of %s that %s does not mention", SCHEMA, PAGE).isEmpty();
  }

  /** Property names, enum values and const values of the schema, not the schema's own keywords. */
  private static void collect(JsonNode node, Set<String> words) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, words));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      JsonNode value = node.get(key);
      switch (key) {
        case "properties" -> value.fieldNames().forEachRemaining(words::add);
        case "enum" -> value.forEach(v -> {
          if (v.isTextual()) {
            words.add(v.textValue());
          }
        });
        case "const" -> {
          if (value.isTextual()) {
            words.add(value.textValue());
          }
        }
        default -> { }
      }
      collect(value, words);
    }
  }

  private static List<Block> jsonBlocks() throws IOException {
    return blocks().stream().filter(b -> b.fence().equals("json")).toList();
  }

  /** Every fenced block of the page, with the marker comment on the nearest non-blank line before it. */
  static List<Block> blocks() throws IOException {
    List<String> lines = Files.readAllLines(PAGE);
    List<Block> out = new ArrayList<>();
    String previous = "";
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.startsWith("```")) {
        String fence = s.substring(3).strip();
        String marker = previous.matches("<!--\\s*(rejected|fragment)\\s*-->")
            ? previous.replaceAll("<!--\\s*(\\w+)\\s*-->", "$1") : "";
        StringBuilder text = new StringBuilder();
        int start = i + 1;
        for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
          text.append(lines.get(i)).append('\n');
        }
        out.add(new Block(fence, marker, start, text.toString()));
        previous = "";
      } else if (!s.isEmpty()) {
        previous = s;
      }
    }
    return out;
  }
}
