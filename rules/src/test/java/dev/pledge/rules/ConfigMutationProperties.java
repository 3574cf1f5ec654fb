package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import dev.pledge.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random structural mutations of the example configs only ever give a valid {@link Pledge} or a
 * {@link ConfigException} with at least one problem, never any other exception.
 */
class ConfigMutationProperties {
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> SOURCES = List.of("skyclub.json", "shop.json");
  static final JsonNode[] RETYPES = {
    JsonNodeFactory.instance.textNode("x"), JsonNodeFactory.instance.numberNode(-1),
    JsonNodeFactory.instance.numberNode(1.5), JsonNodeFactory.instance.booleanNode(true),
    JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.arrayNode(),
    JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.textNode("PT1H")};

  @Property(tries = 400)
  void mutationsGiveAPledgeOrAConfigException(@ForAll @IntRange(min = 0, max = 1) int source,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int mutations) throws IOException {
    Random random = new Random(seed);
    JsonNode root = JSON.readTree(Files.readString(ExampleConfigsTest.PROGRAMS.resolve(SOURCES.get(source))));
    for (int i = 0; i < mutations; i++) {
      mutate(root, random);
    }
    String json = root.toPrettyString();
    if (random.nextInt(5) == 0) {
      int at = random.nextInt(json.length());
      json = json.substring(0, at) + json.substring(at + 1);
    }
    try {
      Pledge.builder().loadJson(json, "mutated.json");
    } catch (ConfigException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }
  }

  private static void mutate(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode parent = containers.get(random.nextInt(containers.size()));
    if (parent.isEmpty()) {
      return;
    }
    int op = random.nextInt(4);
    if (parent instanceof ObjectNode o) {
      List<String> keys = new ArrayList<>();
      o.fieldNames().forEachRemaining(keys::add);
      String key = keys.get(random.nextInt(keys.size()));
      switch (op) {
        case 0 -> o.remove(key);
        case 1 -> o.set(key + "-copy", o.get(key).deepCopy());
        case 2 -> o.set(key, RETYPES[random.nextInt(RETYPES.length)].deepCopy());
        default -> {
          String other = keys.get(random.nextInt(keys.size()));
          JsonNode a = o.get(key);
          o.set(key, o.get(other));
          o.set(other, a);
        }
      }
    } else if (parent instanceof ArrayNode a) {
      int i = random.nextInt(a.size());
      switch (op) {
        case 0 -> a.remove(i);
        case 1 -> a.add(a.get(i).deepCopy());
        case 2 -> a.set(i, RETYPES[random.nextInt(RETYPES.length)].deepCopy());
        default -> {
          int j = random.nextInt(a.size());
          JsonNode x = a.get(i);
          a.set(i, a.get(j));
          a.set(j, x);
        }
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        collect(it.next().getValue(), out);
      }
      if (node.isArray()) {
        node.forEach(child -> collect(child, out));
      }
    }
  }
}
