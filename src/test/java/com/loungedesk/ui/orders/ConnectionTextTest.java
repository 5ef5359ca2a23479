package com.loungedesk.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.loungedesk.orders.FeedHealth;
import com.loungedesk.orders.FeedState;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.testkit.FakeFeed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConnectionTextTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final OrdersViewModel vm = new OrdersViewModel(new FakeFeed(), TaskRunner.direct(),
            Clock.fixed(NOW, ZoneOffset.UTC), Texts.forLanguage("en"));

    @Test
    void saysWhenPollingAndPushesLastBroughtNews() {
        FeedHealth h = new FeedHealth(FeedState.ONLINE, NOW.minusSeconds(2), NOW.minusSeconds(75), 0, "");
        assertEquals("Polling: news 2 s ago · Pushes: news 1 min ago", vm.sourcesText(h, NOW));
    }

    @Test
    void withoutPushesTheyAreSaidToHaveNoNewsYet() {
        FeedHealth h = new FeedHealth(FeedState.OFFLINE, NOW.minusSeconds(40), null, 2, "refused");
        assertEquals("Polling: news 40 s ago · Pushes: no news yet", vm.sourcesText(h, NOW));
    }
}
