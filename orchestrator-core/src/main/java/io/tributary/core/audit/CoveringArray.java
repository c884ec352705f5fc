package io.tributary.core.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A pairwise (strength 2) covering array built with IPOG (Lei, Kacker, Kuhn, Okun, Lawrence:
 * "IPOG: A General Strategy for T-Way Software Testing", 2007): the first two parameters start as
 * every pair of their values; each further parameter is added horizontally (each existing row takes
 * the value covering the most pairs still uncovered) and then vertically (rows added, with free
 * cells, for the pairs still missing). Free cells left at the end are filled from a seeded random
 * source, so the same seed always gives the same array. Every pair of values of every two parameters
 * appears in at least one row.
 */
public final class CoveringArray {

    /** The strength: every pair of parameters. */
    public static final int STRENGTH = 2;
    /** The construction, as an audit report names it. */
    public static final String ALGORITHM = "IPOG";

    private static final int FREE = -1;

    private CoveringArray() {
    }

    /**
     * Rows of value indexes, one column per parameter; {@code levels[i]} is how many values
     * parameter {@code i} has (at least 1).
     */
    public static List<int[]> pairwise(int[] levels, long seed) {
        for (int l : levels) {
            if (l < 1) {
                throw new IllegalArgumentException("every parameter needs at least one value, levels were "
                        + Arrays.toString(levels));
            }
        }
        int n = levels.length;
        List<int[]> rows = new ArrayList<>();
        if (n == 0) {
            return rows;
        }
        if (n == 1) {
            for (int v = 0; v < levels[0]; v++) {
                rows.add(new int[] {v});
            }
            return rows;
        }
        for (int a = 0; a < levels[0]; a++) {
            for (int b = 0; b < levels[1]; b++) {
                int[] row = new int[n];
                Arrays.fill(row, FREE);
                row[0] = a;
                row[1] = b;
                rows.add(row);
            }
        }
        for (int p = 2; p < n; p++) {
            extend(rows, levels, p);
        }
        fillFree(rows, levels, new Random(seed));
        return rows;
    }

    /** Adds parameter {@code p}: horizontal growth, then vertical growth for the pairs left. */
    private static void extend(List<int[]> rows, int[] levels, int p) {
        boolean[][][] missing = new boolean[p][][];
        for (int q = 0; q < p; q++) {
            missing[q] = new boolean[levels[q]][levels[p]];
            for (boolean[] r : missing[q]) {
                Arrays.fill(r, true);
            }
        }
        for (int[] row : rows) {
            int best = 0;
            int bestGain = -1;
            for (int v = 0; v < levels[p]; v++) {
                int gain = gain(row, p, v, missing);
                if (gain > bestGain) {
                    best = v;
                    bestGain = gain;
                }
            }
            row[p] = best;
            cover(row, p, missing);
        }
        for (int q = 0; q < p; q++) {
            for (int a = 0; a < levels[q]; a++) {
                for (int v = 0; v < levels[p]; v++) {
                    if (missing[q][a][v]) {
                        place(rows, levels.length, q, a, p, v);
                        missing[q][a][v] = false;
                    }
                }
            }
        }
    }

    private static int gain(int[] row, int p, int v, boolean[][][] missing) {
        int gain = 0;
        for (int q = 0; q < p; q++) {
            if (row[q] != FREE && missing[q][row[q]][v]) {
                gain++;
            }
        }
        return gain;
    }

    private static void cover(int[] row, int p, boolean[][][] missing) {
        for (int q = 0; q < p; q++) {
            if (row[q] != FREE) {
                missing[q][row[q]][row[p]] = false;
            }
        }
    }

    /** Puts the pair into a row that has the cell of {@code q} free and {@code p} equal, or a new row. */
    private static void place(List<int[]> rows, int n, int q, int a, int p, int v) {
        for (int[] row : rows) {
            if (row[p] == v && row[q] == FREE) {
                row[q] = a;
                return;
            }
        }
        int[] row = new int[n];
        Arrays.fill(row, FREE);
        row[q] = a;
        row[p] = v;
        rows.add(row);
    }

    private static void fillFree(List<int[]> rows, int[] levels, Random random) {
        for (int[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (row[i] == FREE) {
                    row[i] = random.nextInt(levels[i]);
                }
            }
        }
    }
}
