package org.iom.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Holds back what one logger writes while a test provokes an error on purpose, so the build log shows stack traces
 * only for real failures (#19 point 18); the test can then assert what was logged. Closing it restores the logger.
 *
 * <pre>try (LogCapture log = LogCapture.of(ProblemMapper.class)) { ...; assertTrue(log.has("Unhandled error")); }</pre>
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final boolean usedParentHandlers;
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (records) {
                records.add(r);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private LogCapture(String category) {
        logger = Logger.getLogger(category);
        usedParentHandlers = logger.getUseParentHandlers();
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    public static LogCapture of(Class<?> type) {
        return new LogCapture(type.getName());
    }

    public static LogCapture of(String category) {
        return new LogCapture(category);
    }

    /** Whether a record held back so far contains {@code text} in its message. */
    public boolean has(String text) {
        synchronized (records) {
            return records.stream().anyMatch(r -> String.valueOf(r.getMessage()).contains(text)
                    || (r.getParameters() != null && List.of(r.getParameters()).toString().contains(text)));
        }
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(usedParentHandlers);
    }
}
