/**
 * A run: its subject and input as the job's intake made them, and what the store holds about it
 * for synthesis and reports.
 */
package io.tributary.api.run;
