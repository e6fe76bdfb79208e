package org.iom.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A change-feed long poll's deadline starts after its wait (ADR 0038); nothing else gets longer. */
class RequestDeadlineLongPollTest {

    @Test
    void onlyTheFeedsGetWaitsLonger() {
        assertEquals(25_000, RequestDeadline.longPollMillis("GET", "/v1/changes", "25"));
        assertEquals(30_000, RequestDeadline.longPollMillis("GET", "/v1/changes", "3600"), "at most 30 s");
        assertEquals(0, RequestDeadline.longPollMillis("GET", "/v1/changes", "-5"));
        assertEquals(0, RequestDeadline.longPollMillis("GET", "/v1/changes", "soon"));
        assertEquals(0, RequestDeadline.longPollMillis("GET", "/v1/changes", null));
        assertEquals(0, RequestDeadline.longPollMillis("GET", "/v1/cases", "25"));
        assertEquals(0, RequestDeadline.longPollMillis("POST", "/v1/changes", "25"));
    }
}
