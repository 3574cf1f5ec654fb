package dev.pledge.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StepActionsTest {

  @Test
  void readsAsTheActionsInTheirWrittenOrder() {
    StepActions all = new StepActions(List.of("assignee", "team-lead"), OptionalInt.of(2), true, true,
        Optional.of(new Compensation("status", "goodwill",
            Map.of("xp", new BigDecimal("10"), "note", "sorry"))),
        List.of(new CustomAction("open-ticket", Map.of("queue", "billing"))));
    assertThat(all).hasToString("notify assignee, team-lead; move to line 2; raise priority; keep owner;"
        + " compensate in status: goodwill note=sorry xp=10; open-ticket {queue=billing}");
  }

  @Test
  void noActionSaysSo() {
    assertThat(StepActions.NONE).hasToString("no action");
  }

  @Test
  void oneActionHasNoSeparator() {
    assertThat(new StepActions(List.of("team-lead"), OptionalInt.of(2), false, false, Optional.empty()))
        .hasToString("notify team-lead; move to line 2");
  }
}
