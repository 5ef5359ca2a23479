package com.loungedesk.app;

import com.loungedesk.orders.FeedHealth;
import com.loungedesk.orders.OrderChange;
import com.loungedesk.orders.OrderFeed;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.orders.UsageOrder;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orders [--watch]}: usage orders, and with --watch each change as it happens (live status). */
@Command(name = "orders", mixinStandardHelpOptions = true, description = "List usage orders; --watch prints each change live.")
public final class OrdersCommand implements Callable<Integer> {

    @Mixin
    ClientOptions options;

    @Option(names = "--watch", description = "Keep polling and print every new order and status change (Ctrl-C stops).")
    boolean watch;

    @Option(names = "--polls", hidden = true, defaultValue = "0", description = "Stop watching after N polls (tests).")
    int polls;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return ClientRun.run(options, err, (services, s) -> {
            OrderTracker tracker = services.tracker();
            if (!tracker.pollOnce()) {
                err.println("Orders could not be read: " + tracker.health().message());
                return ExitCodes.ERROR;
            }
            for (UsageOrder o : tracker.snapshot()) {
                out.println(line(o));
            }
            out.println(tracker.size() + " order(s).");
            out.flush();
            return watch ? watch(tracker, out, err) : ExitCodes.DONE;
        });
    }

    private int watch(OrderTracker tracker, PrintWriter out, PrintWriter err) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        tracker.addListener(new OrderFeed.Listener() {
            @Override
            public void ordersChanged(List<OrderChange> changes) {
                for (OrderChange c : changes) {
                    String what = c.previous() == null ? "new " + c.current().statusLabel()
                            : c.statusChanged() ? c.previous().statusLabel() + " -> " + c.current().statusLabel()
                            : "updated";
                    out.println(now() + "  " + c.current().orderId() + "  " + what + "  " + line(c.current()));
                }
                out.flush();
            }

            @Override
            public void healthChanged(FeedHealth health) {
                if (!health.message().isEmpty()) {
                    err.println(now() + "  " + health.state() + ": " + health.message());
                    err.flush();
                }
                if (polls > 0 && seen.incrementAndGet() >= polls) {
                    done.countDown();
                }
            }
        });
        out.println("Watching for changes (Ctrl-C stops)…");
        out.flush();
        tracker.start();
        if (polls > 0) {
            done.await(10L * polls + 30, TimeUnit.SECONDS);
        } else {
            done.await();
        }
        tracker.stop();
        return ExitCodes.DONE;
    }

    private static String now() {
        return LocalTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String line(UsageOrder o) {
        Instant when = o.updatedAt();
        return String.join("  ", o.orderId(), o.category().name(), o.statusLabel(),
                o.bookingReference() == null ? "" : o.bookingReference(), "guests " + o.guests(),
                "rev " + o.revision(), when == null ? "" : when.toString());
    }
}
