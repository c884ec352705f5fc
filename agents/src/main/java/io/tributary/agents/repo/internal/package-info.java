/** Implementation of the release-readiness agents: the repository readers and their measures. */
package io.tributary.agents.repo.internal;
