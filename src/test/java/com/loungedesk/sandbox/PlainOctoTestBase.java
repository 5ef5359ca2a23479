package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;

/** A real sandbox playing a plain OCTO supplier under {@code /octo/v1} (as Bokun serves), over HTTP. */
abstract class PlainOctoTestBase extends SandboxTestBase {

    static final String P = "/octo/v1";

    @Override
    SandboxConfig config(Path db) {
        return SandboxConfig.of(db).withType(SandboxType.OCTO, P);
    }

    static String today() {
        return LocalDate.now().toString();
    }

    JsonNode lookup(String reference) {
        SandboxClient.Answer a = client.octoGet(P + "/redemption/lookup?reference=" + reference, KEY);
        if (a.status() != 200) {
            throw new AssertionError("lookup of " + reference + " answered " + a.status() + " " + a.body());
        }
        return a.json();
    }

    SandboxClient.Answer redeem(String json) {
        return client.octo("POST", P + "/redemption/redeem", json, KEY, null);
    }

    SandboxClient.Answer redeemCode(String code) {
        return redeem("{\"redemptionCode\":" + SandboxClient.quote(code) + "}");
    }

    SandboxClient.Answer unredeem(String code) {
        return client.octo("DELETE", P + "/redemption/redeem", "{\"redemptionCode\":" + SandboxClient.quote(code) + "}",
                KEY, null);
    }

    JsonNode booking(String uuid) {
        return client.octoGet(P + "/bookings/" + uuid, KEY).json();
    }

    /** An OCTO error: HTTP 400 and exactly {error, errorMessage} (plus the code's own field, if any). */
    static String octoError(SandboxClient.Answer a) {
        if (a.status() != 400 || a.json() == null || !a.json().hasNonNull("error")
                || a.json().path("errorMessage").asText().isBlank()) {
            throw new AssertionError("not an OCTO error: " + a.status() + " " + a.body());
        }
        return a.json().get("error").asText();
    }
}
