/** Parsing helpers behind the SEC readers: JSON access, HTML to text, inline-XBRL number formats. */
package io.tributary.agents.sec.internal;
