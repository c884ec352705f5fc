/** The due-diligence job on the bundled sample dossiers, end to end. */
package io.tributary.it.samples;
