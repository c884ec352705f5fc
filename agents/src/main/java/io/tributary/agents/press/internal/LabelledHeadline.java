package io.tributary.agents.press.internal;

import io.tributary.agents.press.Sentiment;

/** A headline of the twitter-financial-news dataset with its human label. */
public record LabelledHeadline(String text, Sentiment label) {
}
