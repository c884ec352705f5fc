/** How reports are built: the report model, the timeline layout, templates and file writing. */
package io.tributary.synthesis.report.internal;
