/** JPA implementation of the result store: entities, locked updates, bounded retries. */
package io.tributary.core.store.internal;
