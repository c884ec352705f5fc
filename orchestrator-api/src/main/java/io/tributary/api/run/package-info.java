/** A run as the store holds it: what synthesis and reports read. */
package io.tributary.api.run;
