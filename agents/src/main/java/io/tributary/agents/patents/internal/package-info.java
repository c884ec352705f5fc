/** Implementation of the patents agent: the USPTO search reader and the portfolio measures. */
package io.tributary.agents.patents.internal;
