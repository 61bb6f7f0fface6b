package th.km.persistence.knowledge;

import java.time.Instant;
import th.km.core.knowledge.KnowledgeState;

/**
 * One move of a version of an asset through the workflow.
 *
 * @param version the version moved
 * @param from its state before
 * @param to its state after
 * @param by the account that moved it
 * @param at when
 */
public record StateChange(int version, KnowledgeState from, KnowledgeState to, String by, Instant at) {}
