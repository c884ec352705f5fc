/** The command-line launcher that batch schedulers call: run, restart, status, recover, with documented exit codes. */
package io.tributary.jobs.launcher;
