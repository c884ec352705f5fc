/** Implementation of the LLM-backed agent: settings, prompt, model call, answer checks. */
package io.tributary.agents.llm.internal;
