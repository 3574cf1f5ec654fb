/** Reports over many outcomes: {@link dev.pledge.report.Compliance}, promised versus delivered. */
package dev.pledge.report;
