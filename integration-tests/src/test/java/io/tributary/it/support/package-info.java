/** Test support: a scripted agent, a call log shared across processes, runtime and launcher helpers. */
package io.tributary.it.support;
