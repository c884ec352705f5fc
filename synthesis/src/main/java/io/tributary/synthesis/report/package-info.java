/** The report writers: assessment.json for programs, assessment.md and assessment.html for people. */
package io.tributary.synthesis.report;
