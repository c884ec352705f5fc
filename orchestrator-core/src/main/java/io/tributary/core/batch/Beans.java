package io.tributary.core.batch;

import io.tributary.api.InvalidInputException;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;

/** Looks up the bean a job property names, with an error naming the property when there is none. */
final class Beans {

    private Beans() {
    }

    static <T> T named(Instance<T> beans, Class<T> type, String property, String name) {
        Instance<T> named = beans.select(NamedLiteral.of(name));
        if (named.isUnsatisfied()) {
            throw new InvalidInputException("Job property '" + property + "' names '" + name + "', but no CDI bean"
                    + " implementing " + type.getName() + " has @Named(\"" + name + "\")");
        }
        if (named.isAmbiguous()) {
            throw new InvalidInputException("Job property '" + property + "': more than one bean is named '"
                    + name + "'");
        }
        return named.get();
    }
}
