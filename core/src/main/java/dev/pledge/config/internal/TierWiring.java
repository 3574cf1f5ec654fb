package dev.pledge.config.internal;

import dev.pledge.InvalidValueException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.tier.Downgrade;
import dev.pledge.tier.Rollover;
import dev.pledge.tier.TierLevel;
import dev.pledge.tier.TierMetric;
import dev.pledge.tier.TierPeriod;
import dev.pledge.tier.TierProgram;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a checked {@link Compiled.Program} into a {@link TierProgram} through the same builder Java
 * users call. What the builder rejects becomes a located problem. Defaults: {@code next-period},
 * {@code to-qualified}, and {@code maxDrop} 1 for a soft landing that does not say.
 */
final class TierWiring {
  private TierWiring() {}

  static Optional<TierProgram> build(Compiled.Program p, Problems problems, String at) {
    ProgramConfig c = p.config();
    int before = problems.count();
    TierProgram.Builder b = TierProgram.builder(p.name(), p.zone());
    p.metrics().forEach((name, m) -> b.metric(new TierMetric(name, m.metric(), m.where(), m.whileAtLeast())));
    period(c.period(), problems, at).ifPresent(b::period);
    p.levels().forEach(l -> Problems.built(problems, at,
        () -> b.level(new TierLevel(l.id(), l.qualify(), l.lifetime(), l.qualifyFrom(), l.retain(), l.retainFrom()))));
    if (c.validity() != null) {
      b.validity(c.validity().type());
      if (c.validity().grace() != null) {
        Problems.built(problems, at, () -> b.grace(c.validity().grace()));
      }
    }
    if (c.downgrade() != null) {
      if (c.downgrade().mode() == Downgrade.Mode.SOFT_LANDING) {
        int maxDrop = c.downgrade().maxDrop() == null ? 1 : c.downgrade().maxDrop();
        Problems.built(problems, at + "/downgrade", () -> Downgrade.softLanding(maxDrop)).ifPresent(b::downgrade);
      } else {
        b.downgrade(Downgrade.toQualified());
      }
    }
    if (c.upgrade() != null) {
      b.upgrade(c.upgrade());
    }
    if (c.rollover() != null) {
      rollover(c.rollover(), problems, at + "/rollover").ifPresent(b::rollover);
    }
    p.challenges().values().forEach(ch -> b.challenge(ch.level(), ch.days(), ch.qualify()));
    if (c.subscriptions() != null) {
      b.subscriptions(c.subscriptions().toArray(new String[0]));
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (InvalidValueException e) {
      problems.add(at, e.getMessage());
      return Optional.empty();
    }
  }

  /** The rollover: {@code max} is one number or an object of level id to number; levels are checked by the section. */
  private static Optional<Rollover> rollover(ProgramConfig.Rollover r, Problems problems, String at) {
    BigDecimal share = r.share() == null ? BigDecimal.ONE : r.share();
    boolean once = Boolean.TRUE.equals(r.once());
    JsonNode max = r.max();
    if (max.isNumber()) {
      return Problems.built(problems, at, () -> new Rollover(r.metric(), Optional.of(max.decimalValue()), Map.of(),
          share, once));
    }
    if (!max.isObject()) {
      problems.add(at + "/max", "must be a number >= 0, or an object of level id to number >= 0, but was "
          + Expectations.found(max));
      return Optional.empty();
    }
    Map<String, BigDecimal> byLevel = new LinkedHashMap<>();
    boolean ok = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = max.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isNumber()) {
        byLevel.put(e.getKey(), e.getValue().decimalValue());
      } else {
        problems.add(at + "/max/" + SourceDocument.escape(e.getKey()), "must be a number >= 0, but was "
            + Expectations.found(e.getValue()));
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Problems.built(problems, at, () -> new Rollover(r.metric(), Optional.empty(), byLevel, share, once));
  }

  private static Optional<TierPeriod> period(ProgramConfig.Period period, Problems problems, String at) {
    switch (period.type()) {
      case CALENDAR_YEAR:
        return Optional.of(TierPeriod.calendarYear());
      case MEMBERSHIP_YEAR:
        return Optional.of(new TierPeriod.MembershipYear(Optional.ofNullable(period.align())));
      case SINCE_LEVEL_CHANGE:
        return Problems.built(problems, at + "/period",
            () -> new TierPeriod.SinceLevelChange(Optional.ofNullable(period.align())));
      default:
        try {
          MonthDay start = MonthDay.parse("--" + period.start());
          return Problems.built(problems, at + "/period", () -> TierPeriod.fixedYear(start));
        } catch (DateTimeParseException e) {
          problems.add(at + "/period/start", "must be a real day as \"MM-DD\", but was \"" + period.start() + "\"");
          return Optional.empty();
        }
    }
  }
}
