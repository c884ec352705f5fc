/**
 * The press agent: classifies each dossier headline as bearish, bullish or neutral and concludes
 * the balance of the coverage, with three independent approaches ({@code press}, a model on words;
 * {@code press-lexicon}, lexicon scoring; {@code press-embeddings}, a model on sentence embeddings)
 * that can be compared headline by headline.
 */
package io.tributary.agents.press;
