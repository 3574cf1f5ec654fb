package dev.pledge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of {@code docs/getting-started.md} is an excerpt of an example (or of one of
 * the examples' tests), so it is compiled and run by the build. Lines are compared without their
 * indentation.
 */
class GettingStartedTest {
  private static final Path PAGE = Path.of("../docs/getting-started.md");

  @Test
  void everyJavaSnippetIsAnExcerptOfACompiledExample() throws IOException {
    List<List<String>> sources = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          sources.add(trimmed(Files.readAllLines(file)));
        }
      }
    }
    List<List<String>> snippets = snippets(Files.readAllLines(PAGE));

    assertThat(snippets).hasSizeGreaterThanOrEqualTo(5);
    for (List<String> snippet : snippets) {
      assertThat(sources.stream().anyMatch(source -> contains(source, snippet)))
          .as("this snippet of %s is not an excerpt of any example; copy it from the example:%n%s",
              PAGE, String.join("\n", snippet))
          .isTrue();
    }
  }

  @Test
  void everyPrintedOutputIsAssertedByAnExamplesTest() throws IOException {
    List<List<String>> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
        tests.add(trimmed(Files.readAllLines(file)));
      }
    }
    List<List<String>> outputs = snippets(Files.readAllLines(PAGE), "```");

    assertThat(outputs).hasSizeGreaterThanOrEqualTo(3);
    for (List<String> output : outputs) {
      assertThat(tests.stream().anyMatch(test -> contains(test, output)))
          .as("this output shown in %s is not what any example's test asserts; run the example and copy"
              + " its output:%n%s", PAGE, String.join("\n", output))
          .isTrue();
    }
  }

  private static List<List<String>> snippets(List<String> page) {
    return snippets(page, "```java");
  }

  /** The blocks opened by exactly {@code fence}; other fenced blocks are skipped whole. */
  private static List<List<String>> snippets(List<String> page, String fence) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = null;
    boolean inside = false;
    for (String line : page) {
      String s = line.strip();
      if (!inside && s.startsWith("```")) {
        inside = true;
        current = s.equals(fence) ? new ArrayList<>() : null;
      } else if (inside && s.equals("```")) {
        if (current != null) {
          out.add(trimmed(current));
        }
        inside = false;
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return out;
  }

  private static List<String> trimmed(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static boolean contains(List<String> source, List<String> snippet) {
    return java.util.Collections.indexOfSubList(source, snippet) >= 0;
  }
}
