package dev.pledge.examples;

import static dev.pledge.testkit.PledgeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.Pledge;
import dev.pledge.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CustomRuleModuleExampleTest {
  private static final Path CONFIG = Path.of("programs/modules/travel.json");

  @Test
  void printsTheModulesTheStatusAndTheChosenPolicy() {
    String out = Console.run(() -> CustomRuleModuleExample.main(new String[] {CONFIG.toString()}));

    assertThat(out).contains("modules: [", "travel-rules", "pledge-rules")
        .contains("explorer: explorer with 3 places")
        .contains("upset customer's case: unhappy")
        .contains("[x] sentiment below -0.5: sentiment is -0.8");
  }

  @Test
  void theModuleIsFoundByServiceLoader() {
    Pledge pledge = Pledge.load(CONFIG);

    assertThat(pledge.modules()).contains("travel-rules");
    assertThat(CustomRuleModuleExample.explorer(pledge)).hasLevel("explorer").hasMetric("places", 3);
    assertThat(CustomRuleModuleExample.upsetCustomer(pledge)).hasPolicy("unhappy").keptPromise("first-response");
  }

  @Test
  void withoutTheModuleTheTypesAreUnknown() throws Exception {
    String json = Files.readString(CONFIG);

    assertThatThrownBy(() -> Pledge.builder().withoutDiscovery().module(new dev.pledge.rules.StandardRules()).loadJson(json))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("distinct-destinations")
        .hasMessageContaining("unknown condition type \"sentiment\"");
  }

  @Test
  void parametersAreValidatedLikeTheStandardTypes() {
    String json = """
        {"pledge": 1, "calendars": {"always": {"type": "24x7"}},
         "servicePolicies": [{"id": "p", "calendar": "always", "objective": 0.9, "targets": {"first-response": "PT1H"},
           "when": {"type": "sentiment", "below": 2}}]}
        """;

    assertThatThrownBy(() -> Pledge.builder().loadJson(json)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("/servicePolicies/0/when/below");
  }
}
