/** The standard rule module: built-in condition, metric and action types. */
package dev.pledge.rules;
