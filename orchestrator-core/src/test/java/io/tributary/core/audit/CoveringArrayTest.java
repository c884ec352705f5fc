package io.tributary.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoveringArrayTest {

    private static void assertEveryPairCovered(int[] levels, List<int[]> rows) {
        for (int p = 0; p < levels.length; p++) {
            for (int q = p + 1; q < levels.length; q++) {
                Set<List<Integer>> seen = new HashSet<>();
                for (int[] row : rows) {
                    assertThat(row[p]).isBetween(0, levels[p] - 1);
                    assertThat(row[q]).isBetween(0, levels[q] - 1);
                    seen.add(List.of(row[p], row[q]));
                }
                assertThat(seen).as("pairs of parameters %d and %d", p, q).hasSize(levels[p] * levels[q]);
            }
        }
    }

    @Test
    void fiveRolesOverFiveKinds_coverEveryPair_inFarFewerRowsThanAllCombinations() {
        int[] levels = {5, 5, 5, 5, 5};
        List<int[]> rows = CoveringArray.pairwise(levels, 18);
        assertEveryPairCovered(levels, rows);
        assertThat(rows.size()).isBetween(25, 60);
    }

    @Test
    void mixedLevelsAndManyParameters_coverEveryPair() {
        int[] levels = {2, 6, 3, 5, 4, 6, 2, 3, 5, 6, 4, 4};
        assertEveryPairCovered(levels, CoveringArray.pairwise(levels, 7));
    }

    @Test
    void sameSeed_givesTheSameRows_anotherSeedStillCoversEveryPair() {
        int[] levels = {6, 6, 6, 6, 6, 6, 6};
        List<int[]> a = CoveringArray.pairwise(levels, 42);
        List<int[]> b = CoveringArray.pairwise(levels, 42);
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i)).containsExactly(b.get(i));
        }
        assertEveryPairCovered(levels, CoveringArray.pairwise(levels, 43));
    }

    @Test
    void oneParameter_isEachOfItsValues() {
        assertThat(CoveringArray.pairwise(new int[] {3}, 1)).hasSize(3);
    }

    @Test
    void parameterWithoutValues_isRefused() {
        assertThatThrownBy(() -> CoveringArray.pairwise(new int[] {3, 0}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[3, 0]");
    }
}
