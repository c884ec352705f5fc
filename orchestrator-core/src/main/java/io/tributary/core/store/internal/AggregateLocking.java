package io.tributary.core.store.internal;

/** How shared aggregate rows are updated. */
public enum AggregateLocking {
    /** Updated in place under the row's write lock ({@code set n = n + ?}): no update is lost. */
    ROW_LOCK,
    /**
     * Read without a lock, write back without a version check: the classic lost update. Exists
     * only so that tests can prove they would detect one; never used by the runtime.
     */
    NONE
}
