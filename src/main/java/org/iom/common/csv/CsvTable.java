package org.iom.common.csv;

import java.util.List;

/**
 * Anything the service answers as {@code text/csv}: a header row and rows of cells, in column order. Cells are typed
 * values (text, numbers, booleans, dates, instants, enums, UUIDs) or null (an empty cell); {@link CsvWriter} writes
 * them, the one writer of CSV in the service.
 */
public interface CsvTable {

    /** The column names of the header row. */
    List<String> csvHeader();

    /** The rows, each with one cell per column; may be produced lazily. */
    Iterable<? extends List<?>> csvRows();
}
