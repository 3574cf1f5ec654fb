package app;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.Activity;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.jeasy.rules.support.RuleDefinition;
import org.jeasy.rules.support.reader.YamlRuleDefinitionReader;

/** Easy Rules reads its YAML rules (through its Jackson), then Pledge loads a configuration with public holidays. */
public final class Main {
  public static void main(String[] args) throws Exception {
    String yaml = """
        name: weekend discount
        description: ten percent off on Saturdays
        priority: 1
        condition: "day == 6"
        actions:
          - "discount = 10"
        """;
    for (RuleDefinition rule : new YamlRuleDefinitionReader().read(new StringReader(yaml))) {
      System.out.println("easy rules read \"" + rule.getName() + "\" with priority " + rule.getPriority());
    }

    Pledge pledge = Pledge.loadJson("""
        { "pledge": 1, "zone": "Europe/Warsaw",
          "calendars": { "office": { "publicHolidays": { "country": "PL" },
              "week": { "mon": ["08:00-16:00"], "tue": ["08:00-16:00"], "wed": ["08:00-16:00"],
                        "thu": ["08:00-16:00"], "fri": ["08:00-16:00"] } } },
          "programs": { "status": {
              "metrics": { "xp": { "sum": "xp" } },
              "period": { "type": "calendar-year" },
              "levels": [ { "id": "blue" },
                          { "id": "gold", "qualify": { "type": "metric", "metric": "xp", "atLeast": 100 } } ] } } }
        """);
    // 2026-11-11, Independence Day in Poland: closed all day.
    System.out.println("office open on 2026-11-11 at 10:00 in Warsaw: "
        + pledge.calendar("office").isOpen(Instant.parse("2026-11-11T09:00:00Z")));
    System.out.println("anna: " + pledge.tiers("status").evaluate(Customer.of("anna"),
        List.of(Activity.of("anna", Instant.parse("2026-03-01T10:00:00Z"), "flight").with("xp", 120)),
        Instant.parse("2026-04-01T00:00:00Z")).level());
  }
}
