/** The audit report of a job as deployed: its static findings, its fault-injection drill and who owns each agent role. */
package io.tributary.api.audit;
