package dev.pledge.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What {@link Measures} counts of one period and level; the maps are sorted by name, so the
 * figures do not depend on input order.
 */
final class Tally {
  Csat csat = Csat.NONE;
  final Map<String, Csat> csatByChannel = new TreeMap<>();
  final Map<String, Csat> csatByPolicy = new TreeMap<>();
  Nps nps = Nps.NONE;
  long activeAtStart;
  long activeAtEnd;
  long newCustomers;
  long repeat;
  long churned;
  BigDecimal amountNew = BigDecimal.ZERO;
  BigDecimal amountRepeat = BigDecimal.ZERO;
  long opened;
  final Map<String, Long> byChannel = new TreeMap<>();
  final Map<String, Long> byTag = new TreeMap<>();
  final Map<String, Long> byPolicy = new TreeMap<>();
  long unpromised;

  PeriodFigures figures(String name, Instant start, Instant end, Optional<String> level, Tally before) {
    OptionalDouble change = before == null || before.opened == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * (opened - before.opened) / before.opened);
    OptionalDouble perThousand = activeAtEnd == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(1000.0 * opened / activeAtEnd);
    return new PeriodFigures(name, start, end, level, csat, csatByChannel, csatByPolicy, nps,
        new CustomerFigures(activeAtStart, activeAtEnd, newCustomers, repeat, churned, amountNew, amountRepeat),
        new Requests(opened, byChannel, byTag, byPolicy, unpromised, change, perThousand));
  }
}
