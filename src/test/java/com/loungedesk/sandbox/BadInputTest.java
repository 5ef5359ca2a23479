package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BadInputTest extends SandboxTestBase {

    static List<String> badBodies() {
        return List.of("", "not json", "{", "[]", "\"text\"", "42", "null", "{\"redemptionCode\":42}",
                "{\"redemptionCode\":[]}", "{\"redemptionCode\":[1,2]}", "{\"redemptionCode\":{\"a\":1}}",
                "{\"redemptionCode\":\"X\",\"redemptionCode\":\"Y\"}", "{\"redemptionCode\":\"A\"} trailing",
                "{\"redemptionCode\":\"" + DemoPasses.WALKIN_EPASS + "\",\"guests\":true}",
                "{\"redemptionCode\":\"" + DemoPasses.WALKIN_EPASS + "\",\"notes\":12}");
    }

    static List<String> badReferences() {
        return List.of("ab\"cd", "ab'cd", "a\u0000b", "x".repeat(5000), "caf\u00e9-\u6771\u4eac-\ud83d\ude00",
                "<script>", "a b", "..\\..\\etc");
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void malformedRedeemBodiesGetBadRequestInTheOctoShape(String body) {
        SandboxClient.Answer a = client.redeem(KEY, body);
        assertEquals(400, a.status(), body);
        assertEquals("BAD_REQUEST", a.json().get("error").asText(), body);
        assertFalse(a.json().get("errorMessage").asText().isBlank());
    }

    @ParameterizedTest
    @MethodSource("badReferences")
    void oddReferencesGetA4xxEverywhere(String reference) {
        HttpUrl url = HttpUrl.get(server.baseUrl() + "/octo/redemption/lookup").newBuilder()
                .addQueryParameter("reference", reference).build();
        SandboxClient.Answer lookup = client.call(new Request.Builder().url(url)
                .header("Authorization", "Bearer " + KEY).header("Octo-Capabilities", "octo/redemption").build());
        assertEquals(400, lookup.status());
        assertEquals("BAD_REQUEST", lookup.json().get("error").asText());
        SandboxClient.Answer redeem = client.redeem(KEY, "{\"redemptionCode\":" + SandboxClient.quote(reference) + "}");
        assertEquals(400, redeem.status());
        assertNotNull(redeem.json().get("error"));
        SandboxClient.Answer credentials = client.post("/octo/redemption/credentials", "{\"reference\":"
                + SandboxClient.quote(reference) + ",\"apiKeys\":[\"" + KEY + "\"]}", null, null);
        assertEquals(400, credentials.status());
        SandboxClient.Answer walkin = client.post("/sandbox/simulate/walkin", "{\"reference\":"
                + SandboxClient.quote(reference) + "}", KEY, null);
        assertEquals(40001, walkin.json().get("code").asInt());
        stillAnswers();
    }

    @Test
    void aTwoMegabyteBodyGets413InTheRightShapeAndTheServerKeepsAnswering() {
        String big = "{\"redemptionCode\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}";
        SandboxClient.Answer octo = client.redeem(KEY, big);
        assertEquals(413, octo.status());
        assertEquals("BAD_REQUEST", octo.json().get("error").asText());
        SandboxClient.Answer orders = client.post("/orders/DP00000000000001/cancel", big, KEY, null);
        assertEquals(413, orders.status());
        assertEquals(40001, orders.json().get("code").asInt());
        stillAnswers();
    }

    @Test
    void unknownPathsAndMethodsGet404InTheFamilyShape() {
        assertEquals(40401, client.get("/orders/DP1/nothing", KEY).json().get("code").asInt());
        assertEquals(404, client.get("/", null).status());
        SandboxClient.Answer put = client.call(new Request.Builder().url(server.baseUrl() + "/octo/redemption/lookup")
                .put(RequestBody.create("{}", SandboxClient.JSON)).build());
        assertEquals(404, put.status());
        assertNotNull(put.json().get("error"));
    }

    @Test
    void wrongTypesOnOrderAndSandboxCallsGetTheEnvelope() {
        for (String body : List.of("{\"reason\":5}", "{\"reason\":\"\"}", "[1]", "{\"reason\":\"x\",\"operatorId\":[]}")) {
            SandboxClient.Answer a = client.post("/orders/" + DemoPasses.PREBOOKING_PENDING_ORDER + "/cancel", body, KEY, null);
            assertEquals(400, a.status(), body);
            assertEquals(40001, a.json().get("code").asInt(), body);
        }
        for (String body : List.of("{\"status\":\"1\"}", "{\"status\":7}", "{\"status\":-1}", "{}", "{\"status\":1e400}")) {
            SandboxClient.Answer a = client.post("/sandbox/simulate/prebooking/" + DemoPasses.PREBOOKING_PENDING_ORDER,
                    body, KEY, null);
            assertEquals(400, a.status(), body);
        }
        SandboxClient.Answer guests = client.post("/sandbox/simulate/walkin", "{\"reference\":\""
                + DemoPasses.WALKIN_EPASS + "\",\"guests\":-5}", KEY, null);
        assertEquals(40001, guests.json().get("code").asInt());
        assertEquals(5, client.get("/orders/" + DemoPasses.PREBOOKING_PENDING_ORDER, KEY).data().get("status").asInt());
    }

    private void stillAnswers() {
        SandboxClient.Answer ok = client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY);
        assertEquals(200, ok.status());
        assertTrue(ok.json().isArray());
    }
}
