/** Runnable example programs. */
package dev.pledge.examples;
