/** Job XML as Tributary reads it: agents declared in one line, expanded into plain JSL, and checked before a job starts. */
package io.tributary.core.jobxml;
