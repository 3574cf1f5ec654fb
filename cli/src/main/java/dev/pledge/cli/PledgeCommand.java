package dev.pledge.cli;

import dev.pledge.cli.command.AuditCommand;
import dev.pledge.cli.command.CalendarCommand;
import dev.pledge.cli.command.CheckCommand;
import dev.pledge.cli.command.DemoCommand;
import dev.pledge.cli.command.EscalationsCommand;
import dev.pledge.cli.command.MeasuresCommand;
import dev.pledge.cli.command.ProgressOption;
import dev.pledge.cli.command.ReportCommand;
import dev.pledge.cli.command.RulesCommand;
import dev.pledge.cli.command.SchemaCommand;
import dev.pledge.cli.command.SlaCommand;
import dev.pledge.cli.command.StaffCommand;
import dev.pledge.cli.command.TiersCommand;
import dev.pledge.cli.command.ValidateCommand;
import dev.pledge.cli.input.HeldInputTooLargeException;
import dev.pledge.cli.input.InvalidConfigException;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.cli.input.RecordFailure;
import dev.pledge.PledgeException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code pledge} command: checks configurations and runs rule sets, calendars, tier programs,
 * service promises and escalation over JSON Lines. Users never see a stack trace: an invalid
 * configuration prints every problem, an unreadable file one line, a usage error one line and
 * where to look ({@link UsageErrorHandler}); see {@link ExitCode} for the exit statuses.
 */
@Command(name = "pledge", mixinStandardHelpOptions = true, versionProvider = PledgeCommand.Version.class,
    description = "Checks Pledge configurations and runs them over JSON Lines (files or - for stdin).",
    subcommands = {ValidateCommand.class, RulesCommand.class, CalendarCommand.class, TiersCommand.class,
        SlaCommand.class, ReportCommand.class, CheckCommand.class, EscalationsCommand.class,
        MeasuresCommand.class, AuditCommand.class, StaffCommand.class, SchemaCommand.class, DemoCommand.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge validate examples/programs/skyclub.json",
        "  pledge rules --config skyclub.json --rule-set routing --facts facts.jsonl",
        "  pledge help rules"})
public final class PledgeCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  private final InputStream stdin;
  private final BooleanSupplier stderrIsTerminal;
  private final LongSupplier nanoClock;

  /** The command reading standard input from {@link System#in}. */
  public PledgeCommand() {
    this(System.in);
  }

  /** The command reading standard input ({@code -}) from {@code stdin}. */
  public PledgeCommand(InputStream stdin) {
    this(stdin, StderrTerminal::detect, System::nanoTime);
  }

  /**
   * The command reading standard input from {@code stdin}, told whether standard error is a
   * terminal by {@code stderrIsTerminal} (asked only when neither {@code --progress} nor
   * {@code --no-progress} is given) and timing progress with {@code nanoClock}.
   */
  public PledgeCommand(InputStream stdin, BooleanSupplier stderrIsTerminal, LongSupplier nanoClock) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.stderrIsTerminal = Objects.requireNonNull(stderrIsTerminal, "stderrIsTerminal");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /** What {@code -} reads. */
  public InputStream stdin() {
    return stdin;
  }

  /**
   * The JSON Lines pipeline of a streaming command on {@code cmd}'s out and err, showing progress
   * as {@code progress} and the terminal decide.
   */
  public JsonLines jsonLines(CommandLine cmd, ProgressOption progress) {
    return JsonLines.to(cmd.getOut(), cmd.getErr())
        .withProgress(progress.enabled(stderrIsTerminal), nanoClock);
  }

  /** Without a subcommand: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }

  /**
   * The configured command line: exit codes documented in every command's help, and failures
   * turned into messages and {@link ExitCode}s. Set its out and err writers to capture output.
   */
  public static CommandLine commandLine(InputStream stdin) {
    return commandLine(new PledgeCommand(stdin));
  }

  /** The configured command line of {@code root}, as {@link #commandLine(InputStream)}. */
  static CommandLine commandLine(PledgeCommand root) {
    CommandLine cmd = new CommandLine(root);
    Map<String, String> exitCodes = new LinkedHashMap<>();
    for (String entry : ExitCode.HELP_LIST) {
      int colon = entry.indexOf(':');
      exitCodes.put(entry.substring(0, colon), entry.substring(colon + 1));
    }
    applyToAll(cmd, exitCodes);
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    cmd.setExecutionStrategy(parsed -> {
      try {
        return run.execute(parsed);
      } catch (OutOfMemoryError | StackOverflowError e) {
        // not one record's (those are contained where they happen): still one line, no trace
        return failed(e, parsed.commandSpec().commandLine());
      }
    });
    cmd.setExecutionExceptionHandler(PledgeCommand::failed);
    cmd.setParameterExceptionHandler(new UsageErrorHandler());
    return cmd;
  }

  private static void applyToAll(CommandLine cmd, Map<String, String> exitCodes) {
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
    // Subcommands have -V too (mixinStandardHelpOptions) but no version of their own.
    cmd.getCommandSpec().versionProvider(new Version());
    cmd.getSubcommands().values().forEach(sub -> applyToAll(sub, exitCodes));
  }

  /** Turns an exception from a command into messages on stderr and an exit code. */
  static int failed(Exception e, CommandLine cmd, ParseResult parsed) {
    return failed(e, cmd);
  }

  /**
   * Turns a failure of a command into messages on stderr and an exit code: an invalid
   * configuration, a {@link PledgeException} or input too large for the heap is the user's to fix
   * ({@link ExitCode#INVALID}); anything else is a bug ({@link ExitCode#INTERNAL}), one line unless
   * {@code PLEDGE_DEBUG} is set.
   */
  static int failed(Throwable e, CommandLine cmd) {
    cmd.getOut().flush();
    PrintWriter err = cmd.getErr();
    int code;
    if (e instanceof InvalidConfigException invalid) {
      invalid.lines().forEach(err::println);
      code = ExitCode.INVALID;
    } else if (e instanceof PledgeException || e instanceof HeldInputTooLargeException) {
      err.println("pledge: " + e.getMessage());
      code = ExitCode.INVALID;
    } else if (e instanceof OutOfMemoryError) {
      err.println("pledge: " + RecordFailure.reason(e));
      if (System.getenv("PLEDGE_DEBUG") != null) {
        e.printStackTrace(err);
      }
      code = ExitCode.INVALID;
    } else {
      err.println("pledge: internal error (a bug, please report it): " + e);
      if (System.getenv("PLEDGE_DEBUG") != null) {
        e.printStackTrace(err);
      } else {
        err.println("pledge: set PLEDGE_DEBUG=1 to see the stack trace");
      }
      code = ExitCode.INTERNAL;
    }
    err.flush();
    return code;
  }

  /**
   * Runs {@code pledge} and exits with the command's status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    CommandLine cmd = commandLine(System.in);
    cmd.setOut(new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)));
    cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    int code = cmd.execute(args);
    cmd.getOut().flush();
    cmd.getErr().flush();
    System.exit(code);
  }

  /**
   * {@code pledge VERSION} for {@code --version} on {@code pledge} and every subcommand. The
   * version is the one the Maven build wrote into the filtered resource {@code version.properties}
   * next to this class, so it is right both in the jar and when run from {@code target/classes}.
   */
  static final class Version implements CommandLine.IVersionProvider {
    /** What a build that did not filter the resource (an IDE's own, say) prints. */
    static final String UNKNOWN = "pledge (unknown version: not built by Maven)";

    @Override
    public String[] getVersion() throws IOException {
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        return new String[] {line(in)};
      }
    }

    /**
     * The version line from the properties in {@code in}: {@code pledge VERSION}, or
     * {@link #UNKNOWN} if {@code in} is {@code null} or its {@code version} is absent or was not
     * filtered (still {@code ${project.version}}).
     */
    static String line(InputStream in) throws IOException {
      if (in == null) {
        return UNKNOWN;
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").strip();
      return version.isEmpty() || version.contains("${") ? UNKNOWN : "pledge " + version;
    }
  }
}
