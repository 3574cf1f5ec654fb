package dev.pledge.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.pledge.internal.JsonLinesMapper;
import org.junit.jupiter.api.Test;

/** Input lines are read with the loader's limits: the two stay the same. */
class SourceDocumentLimitsTest {

  @Test
  void inputLinesHaveTheLoadersLimits() {
    StreamReadConstraints loader = SourceDocument.LIMITS;
    StreamReadConstraints lines = JsonLinesMapper.LIMITS;

    assertThat(lines.getMaxNestingDepth()).isEqualTo(loader.getMaxNestingDepth());
    assertThat(lines.getMaxStringLength()).isEqualTo(loader.getMaxStringLength());
    assertThat(lines.getMaxNumberLength()).isEqualTo(loader.getMaxNumberLength());
    assertThat(lines.getMaxNameLength()).isEqualTo(loader.getMaxNameLength());
    assertThat(lines.getMaxDocumentLength()).isEqualTo(loader.getMaxDocumentLength());
  }
}
