/** What agents conclude: findings, the evidence behind them, and their classification. */
package io.tributary.api.finding;
