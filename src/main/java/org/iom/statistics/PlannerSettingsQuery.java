package org.iom.statistics;

import org.jdbi.v3.core.Handle;

/**
 * The planner settings of a statistics transaction. Aggregates over a million rows: JIT compilation costs more than it
 * saves here, sorts for the latest review per case need memory rather than disk, the covering indexes are cached
 * (random reads cost about what sequential ones do), and a runaway query must stop. Local to the transaction.
 */
final class PlannerSettingsQuery {

    private PlannerSettingsQuery() {}

    static void apply(Handle h, StatisticsConfig config) {
        h.createQuery("""
                        select set_config('jit', 'off', true) as jit,
                               set_config('work_mem', :workMem, true) as work_mem,
                               set_config('random_page_cost', :randomPageCost, true) as random_page_cost,
                               set_config('statement_timeout', :statementTimeout, true) as statement_timeout""")
                .bind("workMem", config.workMem())
                .bind("randomPageCost", Double.toString(config.randomPageCost()))
                .bind("statementTimeout", config.statementTimeout())
                .mapToMap().one();
    }
}
