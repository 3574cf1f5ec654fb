package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A reader can compile the Java snippets of the README and of every page in {@code docs/}: each
 * type a page's snippets use is imported by a snippet of that page (or written fully qualified),
 * declared by a snippet of the docs or by an example, or in {@code java.lang}; and every import
 * names a class that exists. (Whether the snippets of {@code docs/getting-started.md} compile is
 * checked by {@code GettingStartedTest} in the examples.)
 */
class DocsJavaSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern DECLARATION = Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z]\\w*)");
  /** A capitalised name with a lower-case letter (not a constant such as {@code FIRST_RESPONSE}). */
  private static final Pattern TYPE = Pattern.compile("(?<![\\w.])([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)\\b");

  @Test
  void everyTypeUsedInASnippetIsImportedDeclaredOrInJavaLang() throws IOException {
    Set<String> declared = declaredTypes();
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      List<String> snippets = javaSnippets(page);
      Set<String> imported = new HashSet<>();
      for (String snippet : snippets) {
        Matcher m = IMPORT.matcher(snippet);
        while (m.find()) {
          String name = m.group(2);
          imported.add(name.substring(name.lastIndexOf('.') + 1));
          if (m.group(1) != null) {
            String owner = name.substring(0, name.lastIndexOf('.'));
            imported.add(owner.substring(owner.lastIndexOf('.') + 1));
          }
        }
      }
      Set<String> unknown = new TreeSet<>();
      for (String snippet : snippets) {
        Matcher m = TYPE.matcher(code(snippet));
        while (m.find()) {
          String name = m.group(1);
          if (!imported.contains(name) && !declared.contains(name) && !inJavaLang(name)) {
            unknown.add(name);
          }
        }
      }
      unknown.forEach(name -> missing.add(ROOT.relativize(page) + ": " + name));
    }
    assertThat(missing).as("types used in Java snippets without an import, a declaration or a qualified name")
        .isEmpty();
  }

  @Test
  void everyImportInASnippetNamesAClassThatExists() throws IOException {
    List<String> wrong = new ArrayList<>();
    int imports = 0;
    for (Path page : pages()) {
      if (page.endsWith(KAFKA_PAGE)) {
        continue; // its imports are Kafka's, checked on the Kafka module's class path (DocsSnippetTest there)
      }
      for (String snippet : javaSnippets(page)) {
        Matcher m = IMPORT.matcher(snippet);
        while (m.find()) {
          imports++;
          String name = m.group(2);
          String type = m.group(1) == null ? name : name.substring(0, name.lastIndexOf('.'));
          if (!exists(type)) {
            wrong.add(ROOT.relativize(page) + ": " + m.group().strip());
          }
        }
      }
    }
    assertThat(imports).isGreaterThan(50);
    assertThat(wrong).as("imports in Java snippets that name no class").isEmpty();
  }

  /** The page whose snippets use Kafka Streams, which this module's class path does not have. */
  static final String KAFKA_PAGE = "kafka-streams.md";

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** The {@code ```java} blocks of a page. */
  private static List<String> javaSnippets(Path page) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    boolean inside = false;
    for (String line : Files.readAllLines(page)) {
      String s = line.strip();
      if (!inside && s.startsWith("```")) {
        inside = true;
        current = s.equals("```java") ? new StringBuilder() : null;
      } else if (inside && s.equals("```")) {
        if (current != null) {
          out.add(current.toString());
        }
        inside = false;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return out;
  }

  /** A snippet without its imports, comments, string and character literals. */
  private static String code(String snippet) {
    return snippet
        .replaceAll("(?m)^\\s*import\\s+[^;]+;", "")
        .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"")
        .replaceAll("'(?:\\\\.|[^'\\\\])'", "''")
        .replaceAll("(?s)/\\*.*?\\*/", "")
        .replaceAll("//[^\n]*", "");
  }

  /** Types declared by any Java snippet of the docs or by the examples' sources. */
  private static Set<String> declaredTypes() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>();
    for (Path page : pages()) {
      texts.addAll(javaSnippets(page));
    }
    try (Stream<Path> files = Files.walk(ROOT.resolve("examples/src"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        texts.add(Files.readString(f));
      }
    }
    for (String text : texts) {
      Matcher m = DECLARATION.matcher(code(text));
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private static boolean inJavaLang(String name) {
    return exists("java.lang." + name);
  }

  /** A class on the test class path, or a Pledge source file in any module. */
  private static boolean exists(String type) {
    if (type.startsWith("dev.pledge.")) {
      String file = type.replace('.', '/') + ".java";
      try (Stream<Path> modules = Files.list(ROOT)) {
        return modules.anyMatch(m -> Files.exists(m.resolve("src/main/java").resolve(file))
            || Files.exists(m.resolve("src/test/java").resolve(file)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    try {
      Class.forName(type, false, DocsJavaSnippetsTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
