package org.iom.common;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/** A record's components read by name, so code that goes over every field of a record names none of them by hand. */
public final class Records {

    private Records() {}

    /** The components of {@code record} and their values (null included), in declaration order. */
    public static Map<String, Object> values(Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                values.put(c.getName(), c.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
            }
        }
        return values;
    }
}
