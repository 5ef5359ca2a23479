package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OctoRedemptionClient;
import com.loungedesk.api.OrderDto;
import com.loungedesk.api.OrdersClient;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The same hostile bookings and orders as DtoParsePropertiesTest, but served over HTTP by
 * MockWebServer to the real clients (HttpGateway, AnswerMapper, OctoRedemptionClient, OrdersClient):
 * each call gives a safe value or an ApiException carrying a sentence, never another exception.
 */
class DtoOverHttpPropertiesTest {

    private static MockWebServer server;
    private static HttpGateway gateway;
    private static volatile String answer = "";

    @BeforeContainer
    static void start() throws IOException, ApiException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setHeader("Content-Type", "application/json").setBody(answer);
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        gateway = new HttpGateway(ApiConfig.of(server.url("/").toString(), false), Json.mapper());
    }

    @AfterContainer
    static void stop() throws IOException {
        gateway.close();
        server.shutdown();
    }

    @Provide
    Arbitrary<List<DtoParsePropertiesTest.Mutation>> mutations() {
        return new DtoParsePropertiesTest().mutations();
    }

    private static void sentence(ApiException e) {
        assertFalse(e.getMessage() == null || e.getMessage().isBlank());
        assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("com.fasterxml"), e.getMessage());
    }

    @Property(tries = 200)
    void aHostileLookupAnswerIsASafeBookingOrASentence(@ForAll("mutations") List<DtoParsePropertiesTest.Mutation> m)
            throws Exception {
        String booking = DtoParsePropertiesTest.mutate(DtoParsePropertiesTest.BOOKING, m);
        answer = "[" + booking + "]";
        try {
            List<LookupItem> items = new OctoRedemptionClient(gateway).lookup("k1", "REF");
            assertTrue(items.size() == 1);
            DtoParsePropertiesTest.checkBooking(booking, items.get(0));
        } catch (ApiException e) {
            sentence(e);
        }
    }

    @Property(tries = 200)
    void aHostileOrderAnswerIsASafeOrderOrASentence(@ForAll("mutations") List<DtoParsePropertiesTest.Mutation> m)
            throws Exception {
        String order = DtoParsePropertiesTest.mutate(DtoParsePropertiesTest.ORDER, m);
        answer = "{\"code\":0,\"message\":\"success\",\"data\":" + order + "}";
        try {
            OrderDto dto = new OrdersClient(gateway).order("k1", "DP1");
            DtoParsePropertiesTest.checkOrder(order, dto);
        } catch (ApiException e) {
            sentence(e);
        }
    }
}
