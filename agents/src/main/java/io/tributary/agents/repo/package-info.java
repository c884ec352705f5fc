/**
 * The agents of the release-readiness job: licences, dependencies, tests, activity and
 * duplication, each reading a source repository directory.
 */
package io.tributary.agents.repo;
