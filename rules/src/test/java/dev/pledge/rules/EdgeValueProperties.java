package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The engines at the edges of what Pledge reads (issue 14, deliverable 1): activity values of
 * 1e100, -1e100, 1e-100 and 64 digits, instants in the years 1 and 9999 and around 1970, targets
 * of 100 years. Every evaluation returns within a bound or refuses with a {@link PledgeException};
 * none overflows, spins or throws anything else. The configurations are the two examples, with
 * one target raised to 100 years.
 */
class EdgeValueProperties {
  private static final Pledge SKYCLUB = Pledge.load(Path.of("../examples/programs/skyclub.json"));
  private static final Pledge SHOP = Pledge.load(Path.of("../examples/programs/shop.json"));
  private static final Pledge CENTURY = Pledge.builder().loadJson(ConfigFixture.edit(
      "/servicePolicies/1/targets/resolution", "\"P36525D\""));
  private static final List<BigDecimal> NUMBERS = List.of(new BigDecimal("1e100"), new BigDecimal("-1e100"),
      new BigDecimal("1e-100"), new BigDecimal("-1e-100"), BigDecimal.ZERO, new BigDecimal("9".repeat(64)),
      new BigDecimal("0." + "0".repeat(62) + "1"), BigDecimal.ONE);
  private static final List<Instant> INSTANTS = List.of(Instant.parse("0001-01-01T00:00:00Z"),
      Instant.parse("0001-01-08T09:30:00Z"), Instant.parse("1969-12-31T23:59:59.999999999Z"),
      Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("2026-03-02T09:00:00Z"),
      Instant.parse("9999-12-24T09:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"));

  @Property(tries = 60) // passed once at 600
  void tiersAtTheEdgesReturnOrRefuseInPledgesWords(@ForAll long seed) {
    Random random = new Random(seed);
    Pledge pledge = random.nextBoolean() ? SKYCLUB : SHOP;
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(20); i++) {
      Activity a = Activity.of("edge", pick(random, INSTANTS), random.nextBoolean() ? "flight" : "purchase")
          .with("xp", pick(random, NUMBERS)).with("amount", pick(random, NUMBERS)).with("nights", pick(random, NUMBERS));
      activities.add(a.withId("a" + i));
    }
    Instant asOf = pick(random, INSTANTS);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        CustomerContext c = pledge.context(Customer.of("edge"), activities, asOf);
        assertThat(c.customer().id()).isEqualTo("edge");
      } catch (PledgeException refused) {
        assertThat(refused.getMessage()).isNotBlank().doesNotContain("java.", "Cannot invoke");
      }
    });
  }

  @Property(tries = 60) // passed once at 600
  void promisesAndEscalationsAtTheEdgesReturnOrRefuseInPledgesWords(@ForAll long seed) {
    Random random = new Random(seed);
    Pledge pledge = List.of(SKYCLUB, SHOP, CENTURY).get(random.nextInt(3));
    Instant opened = pick(random, INSTANTS);
    List<CaseEvent> events = new ArrayList<>();
    events.add(CaseEvent.opened("k", opened, "edge", "email", "normal"));
    Instant t = opened;
    for (int i = 0; i < random.nextInt(6); i++) {
      Instant next = pick(random, INSTANTS);
      t = next.isAfter(t) ? next : t;
      events.add(random.nextBoolean() ? CaseEvent.agentReply("k", t)
          : CaseEvent.status("k", t, List.of(CaseStatus.PENDING, CaseStatus.OPEN, CaseStatus.SOLVED)
              .get(random.nextInt(3))));
    }
    Instant asOf = pick(random, INSTANTS);
    CustomerContext customer = CustomerContext.of(Customer.of("edge"));
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        pledge.evaluateCase(events, customer, asOf);
        pledge.escalation().evaluate(events, customer, asOf);
      } catch (PledgeException refused) {
        assertThat(refused.getMessage()).isNotBlank().doesNotContain("java.", "Cannot invoke");
      }
    });
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
