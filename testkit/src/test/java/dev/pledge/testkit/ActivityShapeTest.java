package dev.pledge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityShapeTest {

  @Test
  void shapeIsReadFromTheProgramsMetrics() {
    ActivityShape shape = PledgeArbitraries.of(SkyClub.CONFIG).shape("status");

    assertThat(shape.kinds()).containsExactly("flight", "purchase");
    assertThat(shape.numberFields()).containsExactly("xp", "amount");
    assertThat(shape.textFields()).isEmpty();
  }

  @Test
  void distinctFieldsAreTextAndWhereFieldsKeepTheirValues() {
    String json = """
        {"pledge": 1, "zone": "UTC", "programs": {"trips": {
          "metrics": {"places": {"distinct": "destination", "where": {"kind": ["flight"], "cabin": ["business"]}}},
          "period": {"type": "calendar-year"},
          "levels": [{"id": "base"}, {"id": "globetrotter", "qualify": {"type": "metric", "metric": "places", "atLeast": 5}}]}}}
        """;
    ActivityShape shape = PledgeArbitraries.of(Pledge.builder().loadJson(json), json).shape("trips");

    assertThat(shape).isEqualTo(new ActivityShape(List.of("flight"), List.of(), List.of("destination"),
        Map.of("cabin", List.of("business"))));
  }

  @Test
  void unknownProgramIsNamed() {
    assertThatThrownBy(() -> PledgeArbitraries.of(SkyClub.CONFIG).shape("miles"))
        .isInstanceOf(PledgeException.class).hasMessageContaining("no tier program named \"miles\"");
  }

  @Test
  void shapeNeedsAKind() {
    assertThatThrownBy(() -> new ActivityShape(List.of(), List.of(), List.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
