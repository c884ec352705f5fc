package io.tributary.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

class ResourceLocalTransactionsTest {

    /** A factory whose transactions' rollback fails the first {@code failures} times, as on a closed connection. */
    private static EntityManagerFactory rollbackFailing(AtomicInteger failures) {
        EntityTransaction tx = proxy(EntityTransaction.class, (name, args) -> switch (name) {
            case "rollback" -> {
                if (failures.getAndDecrement() > 0) {
                    throw new TransactionException("Unable to rollback against JDBC Connection",
                            new SQLException("Connection is closed"));
                }
                yield null;
            }
            case "isActive" -> false;
            default -> null;
        });
        EntityManager em = proxy(EntityManager.class, (name, args) -> name.equals("getTransaction") ? tx : null);
        return proxy(EntityManagerFactory.class, (name, args) -> name.equals("createEntityManager") ? em : null);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> answer.answer(method.getName(), args));
    }

    @Test
    void readWhoseConnectionClosedBeforeItsEnd_isAConnectionLoss() {
        var transactions = new ResourceLocalTransactions(rollbackFailing(new AtomicInteger(1)));

        Throwable thrown = catchThrowable(() -> transactions.read(em -> 42));

        assertThat(ConnectionLoss.isConnectionLoss(thrown)).as(String.valueOf(thrown)).isTrue();
        assertThat(thrown).hasMessageContaining("lost before the read ended").hasMessageContaining("Connection is closed");
    }

    @Test
    void readWhoseConnectionClosedBeforeItsEnd_isReadAgain_andAnswers() {
        var transactions = new Transactions(new ResourceLocalTransactions(rollbackFailing(new AtomicInteger(1))), 3,
                java.time.Duration.ofSeconds(30), java.time.Clock.systemUTC());

        assertThat(transactions.<Integer>read(em -> 42)).isEqualTo(42);
    }
}
