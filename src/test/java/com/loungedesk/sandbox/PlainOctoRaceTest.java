package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A plain OCTO booking or ticket redeems once, however many requests race (no idempotency to lean on). */
class PlainOctoRaceTest extends PlainOctoTestBase {

    private static final int RACERS = 20;

    private long successes(List<String> codes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SandboxClient.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                String code = codes.get(i % codes.size());
                futures.add(pool.submit(() -> {
                    start.await();
                    return redeemCode(code);
                }));
            }
            start.countDown();
            long ok = 0;
            for (Future<SandboxClient.Answer> f : futures) {
                SandboxClient.Answer a = f.get(120, TimeUnit.SECONDS);
                if (a.status() == 200) {
                    ok++;
                } else {
                    assertEquals("UNPROCESSABLE_ENTITY", octoError(a), "a loser is told it is already redeemed");
                }
            }
            return ok;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twentyRacingRedeemsOfOneBookingGiveExactlyOneSuccess() throws Exception {
        assertEquals(1, successes(List.of(OctoDemoBookings.FAMILY)));
        assertEquals("REDEEMED", lookup(OctoDemoBookings.FAMILY).get(0).get("status").asText());
    }

    @Test
    void twentyRacingRedeemsOfOneTicketGiveExactlyOneSuccess() throws Exception {
        assertEquals(1, successes(List.of(OctoDemoBookings.FAMILY_TICKETS.get(1))));
        assertEquals("CONFIRMED", lookup(OctoDemoBookings.FAMILY).get(0).get("status").asText());
    }

    @Test
    void racingTheBookingCodeAgainstItsTicketsRedeemsEachPersonOnce() throws Exception {
        List<String> codes = new ArrayList<>(OctoDemoBookings.FAMILY_TICKETS);
        codes.add(OctoDemoBookings.FAMILY);
        long ok = successes(codes);
        long redeemedUnits = 0;
        for (var unit : lookup(OctoDemoBookings.FAMILY).get(0).get("unitItems")) {
            redeemedUnits += "REDEEMED".equals(unit.get("status").asText()) ? 1 : 0;
        }
        assertEquals(3, redeemedUnits);
        assertEquals(true, ok >= 1 && ok <= 3, "between one (the booking code first) and three (each ticket) wins: " + ok);
    }
}
