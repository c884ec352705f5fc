/** Safe, bounded access to dossier files shared by every agent's readers. */
package io.tributary.agents.source;
