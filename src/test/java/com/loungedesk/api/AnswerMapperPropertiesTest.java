package com.loungedesk.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever comes back, callers get a value or an ApiException with a sentence — never a crash or a raw text. */
class AnswerMapperPropertiesTest {

    private final ObjectMapper json = Json.mapper();
    private final AnswerMapper mapper = new AnswerMapper(json);

    @Provide
    Arbitrary<String> bodies() {
        String booking = Fixtures.booking("C1", "CONFIRMED", true, null);
        String order = Fixtures.order("DP1", 2, "2026-11-23T08:00:00Z", 1);
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.integers().between(0, booking.length()).map(n -> "[" + booking.substring(0, n)),
                Arbitraries.integers().between(0, order.length()).map(n -> Fixtures.page(null, order).substring(0, n)),
                Arbitraries.of("null", "[]", "{}", "[null]", "{\"code\":\"x\"}", "{\"code\":0,\"data\":[]}",
                        "{\"error\":5,\"errorMessage\":{}}", "[" + booking.replace("true", "\"yes\"") + "]",
                        "[" + "[".repeat(5000) + "]".repeat(5000) + "]", "{\"code\":0,\"data\":{\"orders\":7}}",
                        "[" + booking.replace("\"guestsAllowed\":2", "\"guestsAllowed\":1e400") + "]"));
    }

    @Property(tries = 2000)
    void everyAnswerIsAValueOrASentence(@ForAll("bodies") String body, @ForAll @IntRange(min = 100, max = 599) int status,
                                        @ForAll boolean octo) {
        JavaType type = octo ? json.getTypeFactory().constructCollectionType(java.util.List.class, LookupItem.class)
                : json.constructType(OrdersPage.class);
        try {
            Object value = mapper.answer(octo ? AnswerMapper.Family.OCTO : AnswerMapper.Family.ORDERS, status, body, type);
            assertFalse(status >= 300, "a non-2xx answer must not give a value");
            if (value != null && !octo) {
                assertNotNull(((OrdersPage) value).orders());
            }
        } catch (ApiException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank());
            assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("com.fasterxml"), e.getMessage());
        }
    }
}
