package io.tributary.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import io.tributary.api.policy.FailurePolicy;
import java.util.AbstractMap.SimpleEntry;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void aKeyAskedAgain_isAnsweredWithoutComputingAgain() {
        Memo<String, Integer> memo = new Memo<>(10);
        AtomicInteger computed = new AtomicInteger();

        memo.get("abc", k -> computed.incrementAndGet() + k.length());
        int again = memo.get("abc", k -> computed.incrementAndGet() + k.length());

        assertThat(again).isEqualTo(4);
        assertThat(computed).hasValue(1);
    }

    @Test
    void atItsBound_theMemoStartsAgainEmpty() {
        Memo<Integer, Integer> memo = new Memo<>(3);
        for (int i = 0; i < 3; i++) {
            memo.get(i, k -> k * 2);
        }
        assertThat(memo.size()).isEqualTo(3);

        assertThat(memo.get(3, k -> k * 2)).isEqualTo(6);

        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void aComputationThatThrows_isNotRemembered() {
        Memo<String, Integer> memo = new Memo<>(10);
        AtomicInteger computed = new AtomicInteger();

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> memo.get("bad", k -> {
                computed.incrementAndGet();
                throw new IllegalArgumentException(k);
            })).isInstanceOf(IllegalArgumentException.class);
        }

        assertThat(computed).hasValue(2);
        assertThat(memo.size()).isZero();
    }

    @Test
    void nullsMakeNoKey() {
        assertThat(Memo.keyable(List.of("a", "b"))).isTrue();
        assertThat(Memo.keyable(Arrays.asList("a", null))).isFalse();
        assertThat(Memo.keyable(List.of(new SimpleEntry<>("k", null)))).isFalse();
    }

    @Test
    void thePolicyParser_givesTheSamePolicyForEqualProperties_andRejectsAnInvalidOneEveryTime() {
        Map<String, String> props = new HashMap<>(Map.of("policy", "quorum:3", "agentTimeout", "PT30S"));
        FailurePolicy first = PolicyParser.parse(props, PolicyParserTest.AGENTS);
        props.put("policy", "quorum:4"); // the caller's map changing afterwards changes nothing remembered

        assertThat(PolicyParser.parse(Map.of("policy", "quorum:3", "agentTimeout", "PT30S"), PolicyParserTest.AGENTS))
                .isSameAs(first);
        assertThat(PolicyParser.parse(props, PolicyParserTest.AGENTS)).isInstanceOfSatisfying(
                FailurePolicy.Quorum.class, q -> assertThat(q.quorum()).isEqualTo(4));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> PolicyParser.parse(Map.of("policy", "quorum:9"), PolicyParserTest.AGENTS))
                    .isInstanceOf(InvalidInputException.class);
        }
        Map<String, String> withNull = new HashMap<>(Map.of("policy", "all"));
        withNull.put("retries", null);
        assertThat(PolicyParser.parse(withNull, PolicyParserTest.AGENTS)).isInstanceOf(FailurePolicy.All.class);
    }
}
