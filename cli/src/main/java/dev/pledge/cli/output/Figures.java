package dev.pledge.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * How the commands write measured figures that are not counts: rounded half even to a fixed
 * number of decimals, without trailing zeros in JSON, and {@code null} (JSON) or {@code -} (tables)
 * where there is no figure.
 */
public final class Figures {
  private Figures() {}

  /** {@code value} to {@code decimals} places, half even, without trailing zeros. */
  public static BigDecimal rounded(double value, int decimals) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** Puts {@code value} rounded to 4 places as {@code field}, or {@code null} when there is none. */
  public static void put(ObjectNode out, String field, OptionalDouble value) {
    if (value.isPresent()) {
      out.put(field, rounded(value.getAsDouble(), 4));
    } else {
      out.putNull(field);
    }
  }

  /** {@code value} to {@code decimals} decimal places, half even; {@code -} when empty. */
  public static String fixed(OptionalDouble value, int decimals) {
    return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(decimals, RoundingMode.HALF_EVEN)
        .toPlainString() : "-";
  }

  /** A share from 0 to 1 as a percentage to one decimal ({@code 42.9%}). */
  public static String percent(double share) {
    return fixed(OptionalDouble.of(100 * share), 1) + "%";
  }

  /** A share from 0 to 1 as a percentage to one decimal; {@code -} when empty. */
  public static String percent(OptionalDouble share) {
    return share.isPresent() ? percent(share.getAsDouble()) : "-";
  }
}
