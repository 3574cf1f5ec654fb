/**
 * Readers of Pledge's input formats, JSON Lines: case events, activities and customers (the
 * formats of docs/cli.md), and a caller's own line format bound to a record. One reader type,
 * {@link dev.pledge.input.JsonLinesReader}, reads one line or a whole stream with the
 * configuration loader's limits; a bad line is an {@link dev.pledge.input.InputLineException}
 * naming the line, and a stream goes on after it.
 */
package dev.pledge.input;
