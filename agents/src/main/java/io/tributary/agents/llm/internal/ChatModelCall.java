package io.tributary.agents.llm.internal;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import io.tributary.api.NonRetriableException;
import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeoutException;

/**
 * One call to an OpenAI-compatible chat model through LangChain4j, with failures sorted by whether
 * trying again can help: timeouts, HTTP 408, 429 and 5xx, and network errors are
 * {@link RetriableException}s; other HTTP 4xx answers and anything else are
 * {@link NonRetriableException}s. The sorting looks at exception types and status codes only.
 * LangChain4j's own retries are off ({@value #MAX_RETRIES} retries: one HTTP request per call),
 * so every attempt is one the runtime's retry policy decided on and counted. Models are built once
 * per settings and shared; they are thread-safe.
 */
public final class ChatModelCall {

    /** Retries LangChain4j makes by itself: none. */
    public static final int MAX_RETRIES = 0;

    private final ConcurrentMap<LlmSettings, ChatModel> models = new ConcurrentHashMap<>();

    /** Sends the prompt and returns the answer. */
    public ChatReply call(LlmSettings settings, Prompt prompt, AgentRole role) {
        ChatModel model = models.computeIfAbsent(settings, ChatModelCall::build);
        ChatRequest.Builder request = ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()));
        if (settings.jsonMode()) {
            request.responseFormat(ResponseFormat.JSON);
        }
        long started = System.nanoTime();
        ChatResponse response;
        try {
            response = model.chat(request.build());
        } catch (RuntimeException e) {
            throw failure(e, settings, role);
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        TokenUsage usage = response.tokenUsage();
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        String answeredBy = response.modelName() == null || response.modelName().isBlank()
                ? settings.model() : response.modelName();
        return new ChatReply(text, count(usage == null ? null : usage.inputTokenCount()),
                count(usage == null ? null : usage.outputTokenCount()), answeredBy, latency);
    }

    private static ChatModel build(LlmSettings settings) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(MAX_RETRIES)
                .logRequests(false)
                .logResponses(false);
        settings.temperature().ifPresent(builder::temperature);
        return builder.build();
    }

    /** The Tributary exception for a failed call; the message names the model and role, never the key. */
    static TributaryException failure(RuntimeException e, LlmSettings settings, AgentRole role) {
        String call = "Chat model '" + settings.model() + "' at " + settings.displayUrl() + " for the "
                + role.roleName() + " role";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                int status = http.statusCode();
                boolean retriable = status == 408 || status == 429 || status >= 500;
                String message = call + " answered HTTP " + status;
                return retriable ? new RetriableException(message + "; try again later", e)
                        : new NonRetriableException(message + "; check the model name, key and request", e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return new RetriableException(call + " did not answer within " + settings.timeout(), e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof dev.langchain4j.exception.RetriableException || t instanceof IOException) {
                return new RetriableException(call + " could not be reached: " + t.getClass().getSimpleName(), e);
            }
        }
        return new NonRetriableException(call + " failed: " + e.getClass().getSimpleName(), e);
    }

    private static long count(Integer tokens) {
        return tokens == null ? 0 : Math.max(0, tokens);
    }
}
