package app;

import dev.pledge.Pledge;

/** Loads a configuration with public holidays, on a class path whose Jackson artifacts disagree. */
public final class Main {
  public static void main(String[] args) {
    System.out.println("loaded " + Pledge.loadResource("pledge.json").calendarNames());
  }
}
