/** Checks of a job's parameters, at intake, against what its job XML uses and what the values mean. */
package io.tributary.core.parameters;
