package com.loungedesk.api.octo;

import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** A plain OCTO supplier's answers, shaped like the published Booking schema, served under /octo/v1. */
final class OctoWire {
    static final String PREFIX = "/octo/v1";

    private OctoWire() {
    }

    static HttpGateway gateway(MockWebServer server) throws ApiException {
        ApiConfig c = new ApiConfig(server.url(PREFIX).toString(), false, Duration.ofSeconds(2), Duration.ofMillis(800),
                Duration.ofSeconds(10), 3, Duration.ofSeconds(2));
        return new HttpGateway(c, Json.mapper());
    }

    /** A booking with one unit item per unitId, each with its own ticket code {@code code-N}. */
    static String booking(String uuid, String code, String status, String redeemedAt, String updatedAt,
                          String... unitIds) {
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < unitIds.length; i++) {
            units.append(i == 0 ? "" : ",").append("""
                    {"uuid":"%s-u%d","unitId":"%s","status":"%s","utcRedeemedAt":%s,
                     "ticket":{"redemptionMethod":"DIGITAL","utcRedeemedAt":null,
                      "deliveryOptions":[{"deliveryFormat":"QRCODE","deliveryValue":"%s-%d"}]}}"""
                    .formatted(uuid, i, unitIds[i], status, quoted(redeemedAt), code, i + 1));
        }
        return """
                {"id":"%1$s","uuid":"%1$s","testMode":true,"supplierReference":"SUP-%2$s","resellerReference":null,
                 "status":"%3$s","utcCreatedAt":"2026-12-07T07:00:00Z","utcUpdatedAt":%5$s,"utcRedeemedAt":%4$s,
                 "utcConfirmedAt":"2026-12-07T07:00:00Z","productId":"lounge-1","optionId":"DEFAULT","cancellable":true,
                 "availability":{"localDateTimeStart":"2026-12-07T08:00:00+00:00"},
                 "contact":{"fullName":"Grace Hopper","emailAddress":null,"phoneNumber":null},"notes":null,
                 "voucher":{"redemptionMethod":"DIGITAL","utcRedeemedAt":null,
                  "deliveryOptions":[{"deliveryFormat":"PDF_URL","deliveryValue":"https://x/v.pdf"},
                                     {"deliveryFormat":"QRCODE","deliveryValue":"%2$s"}]},
                 "unitItems":[%6$s],
                 "redemptionCode":"%2$s","redeemable":%7$s,"unredeemableReason":null,"unredeemableReasonCode":null}"""
                .formatted(uuid, code, status, quoted(redeemedAt), quoted(updatedAt), units,
                        "CONFIRMED".equals(status));
    }

    static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    static MockResponse error(String code, String message) {
        return json(400, "{\"error\":\"" + code + "\",\"errorMessage\":\"" + message + "\"}");
    }
}
