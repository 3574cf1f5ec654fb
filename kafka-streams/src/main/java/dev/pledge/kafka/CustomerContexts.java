package dev.pledge.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.tier.LevelTimeline;
import dev.pledge.tier.TierProgram;
import dev.pledge.tier.TierStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a customer's levels reach the partitions of their cases: the customer's partition writes a
 * context (their customers line and, per program, the level they started at and every change,
 * from their latest statuses) to the contexts topic, which every instance reads into a global
 * store. A case then takes the level its customer held at its opening from that history, as
 * {@code pledge sla --activities} takes the level at opening from a replay of the activities.
 */
final class CustomerContexts {
  private final Pledge pledge;
  private final List<TierProgram> programs;

  CustomerContexts(Pledge pledge) {
    this.pledge = pledge;
    this.programs = pledge.tierNames().stream().map(pledge::tiers).toList();
  }

  List<TierProgram> programs() {
    return programs;
  }

  /**
   * The context value: {@code customer} (their customers line as an object, or null) and
   * {@code levels}, each program's {@code initial} level and {@code changes} ({@code at}, {@code to}).
   */
  String write(Optional<String> customerLine, List<TierStatus> statuses) {
    ObjectNode out = Json.object();
    out.set("customer", customerLine.map(Json::readState).orElse(null));
    ObjectNode levels = out.putObject("levels");
    for (TierStatus s : statuses) {
      LevelTimeline timeline = LevelTimeline.of(s);
      ObjectNode level = levels.putObject(s.program());
      level.put("initial", timeline.initial());
      ArrayNode changes = level.putArray("changes");
      for (int i = 0; i < timeline.changeInstants().size(); i++) {
        changes.addObject().put("at", timeline.changeInstants().get(i).toString())
            .put("to", timeline.changeLevels().get(i));
      }
    }
    return Json.write(out);
  }

  /**
   * The customer of a case opened at {@code at}, with the level they held then in every program:
   * from their context if the global store has one, else (a customer not seen yet) by id only,
   * each program evaluated over no activities.
   */
  CustomerContext at(String customerId, String context, Instant at) {
    if (context == null) {
      CustomerContext known = CustomerContext.of(Customer.of(customerId));
      for (TierProgram p : programs) {
        known = known.withLevel(p.name(), p.evaluate(known.customer(), List.of(), at).level());
      }
      return known;
    }
    ObjectNode in;
    try {
      in = Json.readState(context);
    } catch (IllegalStateException e) {
      throw new dev.pledge.PledgeException("the context of customer \"" + customerId + "\" in the global store is not "
          + "one Pledge wrote (something else writes to the contexts topic?): " + e.getMessage(), e);
    }
    JsonNode customer = in.path("customer");
    CustomerContext known = customer.isObject() ? JsonLinesReader.customers().read(Json.write(customer))
        : CustomerContext.of(Customer.of(customerId));
    for (TierProgram p : programs) {
      JsonNode timeline = in.path("levels").path(p.name());
      known = known.withLevel(p.name(), timeline.isObject() ? levelAt(timeline, at)
          : p.evaluate(known.customer(), List.of(), at).level());
    }
    return known;
  }

  /** The level at {@code at} of a program's timeline as {@link #write} wrote it. */
  private static String levelAt(JsonNode timeline, Instant at) {
    List<Instant> instants = new ArrayList<>();
    List<String> levels = new ArrayList<>();
    for (JsonNode change : timeline.path("changes")) {
      instants.add(Instant.parse(change.path("at").asText()));
      levels.add(change.path("to").asText());
    }
    return LevelTimeline.of(timeline.path("initial").asText(), instants, levels).levelAt(at);
  }

  Pledge pledge() {
    return pledge;
  }
}
