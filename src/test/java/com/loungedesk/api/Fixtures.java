package com.loungedesk.api;

import java.time.Duration;
import okhttp3.mockwebserver.MockWebServer;

/** Wire samples as WIRE.md describes them. */
final class Fixtures {
    private Fixtures() {
    }

    static HttpGateway gateway(MockWebServer server) throws ApiException {
        ApiConfig c = new ApiConfig(server.url("/").toString(), false, Duration.ofSeconds(2), Duration.ofMillis(800),
                Duration.ofSeconds(10), 3, Duration.ofSeconds(2));
        return new HttpGateway(c, Json.mapper());
    }

    static String booking(String code, String status, boolean redeemable, String orderId) {
        return """
                {"id":"b-%1$s","uuid":"u-%1$s","testMode":true,"supplierReference":"REF1","resellerReference":null,
                 "status":"%2$s","utcCreatedAt":"2026-11-23T08:00:00Z","utcUpdatedAt":"2026-11-23T08:00:00Z",
                 "utcRedeemedAt":null,"utcConfirmedAt":"2026-11-23T08:00:00Z","productId":"p1","optionId":"o1",
                 "product":{"id":"p1","internalName":"No1 Lounge"},"cancellable":false,
                 "contact":{"fullName":"Ada Lovelace","emailAddress":"a@example.com","phoneNumber":null},"notes":null,
                 "unitItems":[{"uuid":"ui1","unitId":"adult","status":"%2$s","utcRedeemedAt":null}],
                 "redemptionCode":"%1$s","redeemable":%3$s,"unredeemableReason":null,"unredeemableReasonCode":null,
                 "somethingNew":{"nested":[1,2,3]},
                 "pass":{"kind":"EPASS","dpId":"dp1","programId":"pg1","entitlementsTotal":5,"entitlementsLeft":4,
                         "guestsAllowed":2,"validUntil":null,"lastUsedAt":null,"lastUsedWhere":null,"orderId":null},
                 "orderId":%4$s}""".formatted(code, status, redeemable, orderId == null ? "null" : "\"" + orderId + "\"");
    }

    static String order(String id, int status, String updatedAt, long revision) {
        return """
                {"orderId":"%s","category":1,"module":1,"status":%d,"bookingReference":"REF1","redemptionCodes":["C1"],
                 "dpId":"dp1","programId":"pg1","transportHubId":"A1","transportHubName":"Gatwick","resourceId":"N1",
                 "resourceName":"No1 Lounge","passengers":{"cardholder":1,"guests":0},
                 "orderCreatedDate":"2026-11-23T08:00:00.000001Z","usageDate":"2026-11-23T08:00:00",
                 "orderCancelledDate":null,"updatedAt":"%s","revision":%d,"cancellableUntil":null,"cancelReason":null}"""
                .formatted(id, status, updatedAt, revision);
    }

    static String envelope(String data) {
        return "{\"code\":0,\"message\":\"success\",\"data\":" + data + "}";
    }

    static String page(String nextCursor, String... orders) {
        return envelope("{\"orders\":[" + String.join(",", orders) + "],\"nextCursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + ",\"serverTime\":\"2026-11-23T09:00:00Z\"}");
    }
}
