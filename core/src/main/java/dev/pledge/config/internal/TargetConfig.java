package dev.pledge.config.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pledge.sla.CaseStatus;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * One target of a policy as written in JSON: a duration ({@code "PT4H"}, with the metric's default
 * pause statuses) or an object {@code { "within": "PT4H", "pauseOn": ["pending"] }}, where a
 * missing {@code pauseOn} also means the default.
 */
@JsonDeserialize(using = TargetConfig.Reader.class)
public record TargetConfig(@NotNull Duration within, List<@NotNull CaseStatus> pauseOn) {

  /**
   * Reads either form. Jackson cannot give one type both a delegating creator (the string) and a
   * properties creator (the object), so the two are told apart here by the first token.
   */
  static final class Reader extends StdDeserializer<TargetConfig> {
    Reader() {
      super(TargetConfig.class);
    }

    @Override
    public TargetConfig deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return new TargetConfig(ctxt.readValue(p, Duration.class), null);
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (TargetConfig) ctxt.handleUnexpectedToken(Duration.class, p);
      }
      Duration within = null;
      List<CaseStatus> pauseOn = null;
      JavaType statuses = ctxt.getTypeFactory().constructCollectionType(List.class, CaseStatus.class);
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (!name.equals("within") && !name.equals("pauseOn")) {
          ctxt.handleUnknownProperty(p, this, TargetConfig.class, name); // it names the property itself
          continue;
        }
        try {
          if (p.currentToken() == JsonToken.VALUE_NULL) {
            continue; // null as missing: within is then reported as required
          } else if (name.equals("within")) {
            within = ctxt.readValue(p, Duration.class);
          } else {
            pauseOn = ctxt.readValue(p, statuses);
          }
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, TargetConfig.class, name);
        }
      }
      return new TargetConfig(within, pauseOn);
    }
  }
}
