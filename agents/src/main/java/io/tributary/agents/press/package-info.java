/**
 * The press agent: classifies each dossier headline as bearish, bullish or neutral and concludes
 * the balance of the coverage, with two independent approaches ({@code press}, a trained model,
 * and {@code press-lexicon}, lexicon scoring) that can be compared headline by headline.
 */
package io.tributary.agents.press;
