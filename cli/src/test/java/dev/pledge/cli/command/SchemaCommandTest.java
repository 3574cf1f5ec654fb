package dev.pledge.cli.command;

import dev.pledge.cli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pledge.schema.ConfigSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code pledge schema}, and the schema files committed beside the code: they must equal what the
 * generator makes now. Run with {@code -Dpledge.schema.update=true} to rewrite them.
 */
class SchemaCommandTest {
  static final Path CORE_COPY = Path.of("../core/src/main/resources/dev/pledge/pledge.schema.json");
  static final Path DOCS_COPY = Path.of("../docs/pledge.schema.json");
  private static final String REGENERATE = "regenerate with: mvn -B -q verify -pl cli -am "
      + "-Dtest=SchemaCommandTest -Dsurefire.failIfNoSpecifiedTests=false -Dpledge.schema.update=true";

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void printsTheGeneratedSchema() throws IOException {
    Run run = Run.of("schema");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode schema = mapper.readTree(run.out());
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.at("/properties/pledge/type").asText()).isEqualTo("integer");
    assertThat(names(schema.at("/$defs/condition/properties/type/enum"))).contains("all", "any", "not",
        "tier", "tier-at-least", "channel", "priority", "segment", "attribute", "tag", "metric",
        "customer-since", "elapsed", "breached", "transfers", "reopened", "customer-messages", "line");
    assertThat(names(schema.at("/$defs/metric/properties/type/enum"))).containsExactly("count", "distinct", "sum");
    assertThat(schema.at("/$defs/condition-tier-at-least/properties/type/const").asText()).isEqualTo("tier-at-least");
  }

  @Test
  void committedSchemaFilesEqualTheGeneratedSchema() throws IOException {
    String generated = ConfigSchema.discovered().text();
    if (Boolean.getBoolean("pledge.schema.update")) {
      Files.createDirectories(CORE_COPY.getParent());
      Files.writeString(CORE_COPY, generated, StandardCharsets.UTF_8);
      Files.writeString(DOCS_COPY, generated, StandardCharsets.UTF_8);
    }
    for (Path copy : List.of(CORE_COPY, DOCS_COPY)) {
      assertThat(copy).as("%s is missing; %s", copy, REGENERATE).exists();
      assertThat(mapper.readTree(Files.readString(copy)))
          .as("%s differs from the schema generated from the configuration records; %s", copy, REGENERATE)
          .isEqualTo(mapper.readTree(generated));
    }
  }

  @Test
  void coreShipsTheSchemaAsAResource() throws IOException {
    try (var in = dev.pledge.Pledge.class.getResourceAsStream("pledge.schema.json")) {
      assertThat(in).as("dev/pledge/pledge.schema.json in pledge-core; " + REGENERATE).isNotNull();
      assertThat(mapper.readTree(in)).isEqualTo(mapper.readTree(ConfigSchema.discovered().text()));
    }
  }

  private static List<String> names(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
