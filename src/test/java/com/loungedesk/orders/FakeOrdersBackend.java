package com.loungedesk.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer dispatcher serving GET /orders as WIRE.md says: exclusive updatedSince, cursor pages. */
final class FakeOrdersBackend extends Dispatcher {

    private record Row(String id, int category, int status, Instant updatedAt, long revision) {
    }

    private final List<Row> rows = new ArrayList<>();
    private Instant clock = Instant.parse("2026-11-23T08:00:00Z");
    final AtomicInteger requests = new AtomicInteger();
    volatile boolean failing;

    synchronized void put(String id, int category, int status) {
        long revision = rows.stream().filter(r -> r.id.equals(id)).mapToLong(Row::revision).max().orElse(0) + 1;
        rows.removeIf(r -> r.id.equals(id));
        clock = clock.plusNanos(1000);
        rows.add(new Row(id, category, status, clock, revision));
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        requests.incrementAndGet();
        if (failing) {
            return new MockResponse().setResponseCode(500).setBody("{\"code\":50001,\"message\":\"Down for a test\",\"data\":null}");
        }
        String since = request.getRequestUrl().queryParameter("updatedSince");
        String cursor = request.getRequestUrl().queryParameter("cursor");
        int limit = Integer.parseInt(request.getRequestUrl().queryParameter("limit"));
        Instant after = since == null ? Instant.MIN : Instant.parse(since);
        List<Row> matching = rows.stream().filter(r -> r.updatedAt.isAfter(after)).toList();
        int start = cursor == null ? 0 : Integer.parseInt(cursor);
        int end = Math.min(matching.size(), start + limit);
        StringBuilder orders = new StringBuilder();
        for (int i = start; i < end; i++) {
            Row r = matching.get(i);
            orders.append(i > start ? "," : "").append("{\"orderId\":\"").append(r.id).append("\",\"category\":")
                    .append(r.category).append(",\"module\":1,\"status\":").append(r.status)
                    .append(",\"bookingReference\":\"REF\",\"redemptionCodes\":[\"C\"],\"passengers\":{\"cardholder\":1,\"guests\":0}")
                    .append(",\"orderCreatedDate\":\"2026-11-23T08:00:00Z\",\"updatedAt\":\"").append(r.updatedAt)
                    .append("\",\"revision\":").append(r.revision).append('}');
        }
        String next = end < matching.size() ? "\"" + end + "\"" : "null";
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"code\":0,\"message\":\"success\","
                + "\"data\":{\"orders\":[" + orders + "],\"nextCursor\":" + next + ",\"serverTime\":\"" + clock + "\"}}");
    }
}
