package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of docs/kafka-streams.md import classes that exist on this module's class path
 * (the other pages' snippets are checked so in pledge-rules, which has no Kafka).
 */
class DocsSnippetTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern IMPORT = Pattern.compile("^import\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  @Test
  void everyImportOfTheKafkaPageNamesAClass() throws IOException {
    String page = Files.readString(Path.of("../docs/kafka-streams.md"));
    List<String> imports = new ArrayList<>();
    Matcher block = BLOCK.matcher(page);
    while (block.find()) {
      Matcher m = IMPORT.matcher(block.group(1));
      while (m.find()) {
        imports.add(m.group(1));
      }
    }
    assertThat(imports).hasSizeGreaterThan(5).allSatisfy(type -> assertThat(exists(type)).as(type).isTrue());
  }

  private static boolean exists(String type) {
    try {
      Class.forName(type, false, DocsSnippetTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
