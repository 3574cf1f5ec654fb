package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pledge.cli.PledgeCommand;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** The batch engine as users run it: {@code pledge} in-process, its JSON Lines output read back. */
final class Batch {
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private Batch() {}

  /** Runs {@code pledge args...}, which must exit 0, and reads each output line. */
  static List<JsonNode> run(String... args) {
    CommandLine cmd = PledgeCommand.commandLine(new ByteArrayInputStream(new byte[0]));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    cmd.getOut().flush();
    cmd.getErr().flush();
    assertThat(code).as("pledge %s%n%s", String.join(" ", args), err).isZero();
    List<JsonNode> lines = new ArrayList<>();
    out.toString().lines().filter(l -> !l.isBlank()).forEach(l -> lines.add(read(l)));
    return lines;
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
