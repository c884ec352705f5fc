package io.tributary.core.policy;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function of immutable keys, remembered up to a bound: once it is reached
 * the memo starts again empty, which costs one computation per key and keeps memory bounded
 * whatever the keys. A computation that throws is not remembered.
 */
final class Memo<K, V> {

    private final int bound;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    Memo(int bound) {
        this.bound = bound;
    }

    V get(K key, Function<K, V> compute) {
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        V value = compute.apply(key);
        if (values.size() >= bound) {
            values.clear();
        }
        values.put(key, value);
        return value;
    }

    /** Whether {@code parts} can make a key: none of them, nor of their keys or values, is null. */
    static boolean keyable(Collection<?> parts) {
        for (Object part : parts) {
            if (part == null || part instanceof Map.Entry<?, ?> e && (e.getKey() == null || e.getValue() == null)) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return values.size();
    }
}
