package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExampleConfigsTest {
  static final Path PROGRAMS = Path.of("..", "examples", "programs");

  @Test
  void skyclubLoads() {
    Pledge pledge = Pledge.load(PROGRAMS.resolve("skyclub.json"));
    assertThat(pledge.name()).isEqualTo("SkyClub");
    assertThat(pledge.ruleSetNames()).containsExactly("routing", "benefits");
    assertThat(pledge.modules()).containsExactly("pledge-rules");
  }

  @Test
  void shopLoads() {
    Pledge pledge = Pledge.load(PROGRAMS.resolve("shop.json"));
    assertThat(pledge.name()).isEqualTo("Northwind Shop");
    assertThat(pledge.ruleSetNames()).containsExactly("routing");
  }
}
