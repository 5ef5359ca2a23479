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

class RaceTest extends SandboxTestBase {

    private static final int RACERS = 20;

    private List<SandboxClient.Answer> race(String code) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SandboxClient.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return client.redeem(KEY, "{\"redemptionCode\":\"" + code + "\"}");
                }));
            }
            start.countDown();
            List<SandboxClient.Answer> answers = new ArrayList<>();
            for (Future<SandboxClient.Answer> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long successes(List<SandboxClient.Answer> answers) {
        long ok = answers.stream().filter(a -> a.status() == 200).count();
        long used = answers.stream().filter(a -> a.status() == 400
                && "ALREADY_REDEEMED".equals(a.json().get("error").asText())).count();
        assertEquals(RACERS, ok + used, "every racer got a success or ALREADY_REDEEMED, nothing else");
        return ok;
    }

    @Test
    void twentyRacingRedeemsOfOneBookingGiveExactlyOneSuccess() throws Exception {
        long ok = successes(race(DemoPasses.PACKAGE_CODES.get(0)));
        System.out.println("[figures] racing redeems of one booking: " + ok + " of " + RACERS + " succeeded");
        assertEquals(1, ok);
    }

    @Test
    void twentyRacingRedeemsOfAThreeVisitPassGiveExactlyThree() throws Exception {
        int before = client.get("/orders?limit=500", KEY).data().get("orders").size();
        long ok = successes(race(DemoPasses.WALKIN_EPASS));
        System.out.println("[figures] racing redeems of a 3-visit pass: " + ok + " of " + RACERS + " succeeded");
        assertEquals(3, ok);
        assertEquals(before + 3, client.get("/orders?limit=500", KEY).data().get("orders").size());
        assertEquals(0, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY)
                .json().get(0).get("pass").get("entitlementsLeft").asInt());
    }
}
