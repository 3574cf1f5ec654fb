package dev.pledge.config.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import dev.pledge.sla.Metric;
import java.io.IOException;

/**
 * Reads a key of a policy's {@code targets} as the promise metric of that JSON name
 * ({@link Metric#fromWireName}); an unknown name fails as an unknown enum name does, so the
 * problem lists the metrics there are ({@link Expectations#describe(Class)}).
 */
public final class MetricKey extends KeyDeserializer {
  @Override
  public Object deserializeKey(String key, DeserializationContext context) throws IOException {
    return Metric.fromWireName(key)
        .orElseThrow(() -> context.weirdKeyException(Metric.class, key, "not a promise metric"));
  }
}
