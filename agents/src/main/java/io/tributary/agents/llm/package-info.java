/**
 * The LLM-backed agent: plays any due-diligence role by asking an OpenAI-compatible chat model
 * for findings on the role's dossier files, and checks every quoted piece of evidence against
 * the files before trusting it.
 */
package io.tributary.agents.llm;
