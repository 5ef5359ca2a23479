package com.loungedesk.ui.testkit;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.config.SettingsStore;
import com.loungedesk.orders.OrderCategory;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.staff.MemorySecurityLog;
import com.loungedesk.staff.PinHasher;
import com.loungedesk.staff.PinLockout;
import com.loungedesk.staff.SupervisorPins;
import com.loungedesk.ui.port.DemoPass;
import com.loungedesk.ui.port.OperatorTotals;
import com.loungedesk.ui.port.VerdictSounds;
import com.loungedesk.ui.shell.DeskServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Builds a console's services from fakes: a scripted desk, a feed with orders, a real PIN store in a temp folder. */
public final class ConsoleFixture {

    public static final String SUPERVISOR = "sup.lee";
    public static final String PIN = "2468";

    public final Path dir;
    public final FakeDesk desk = new FakeDesk();
    public final FakeFeed feed = new FakeFeed();
    public final DecodingScanInput scanInput;
    public final MemorySecurityLog securityLog = new MemorySecurityLog();
    public final SupervisorPins pins;
    public final SettingsStore store;
    public final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-desk-bg");
        t.setDaemon(true);
        return t;
    });

    public ConsoleFixture(Path dir, boolean camera) throws IOException, com.loungedesk.staff.SecurityLogException {
        this.dir = dir;
        this.scanInput = new DecodingScanInput(camera);
        this.store = new SettingsStore(dir.resolve("config"), Map.of());
        this.pins = new SupervisorPins(dir.resolve("config/supervisors.json"), new PinHasher(2_000),
                PinLockout.standard(Clock.systemUTC(), securityLog));
        desk.publish = feed::change;
        pins.enroll(SUPERVISOR, "Lee Supervisor", PIN.toCharArray());
        Instant now = Instant.now();
        feed.seed(FakeFeed.order("ord-0901", OrderCategory.WALK_IN, OrderStatus.USED, "EPASS-7", 1, now.minusSeconds(840)));
        feed.seed(FakeFeed.order("ord-0902", OrderCategory.PREBOOKING, OrderStatus.PENDING, "PB-5521", 1, now.minusSeconds(600)));
        feed.seed(FakeFeed.order("ord-0903", OrderCategory.PREBOOKING, OrderStatus.CONFIRMED, "PB-5522", 2, now.minusSeconds(300)));
        feed.seed(FakeFeed.order("ord-0904", OrderCategory.PREBOOKING, OrderStatus.FAILED, "PB-5523", 2, now.minusSeconds(200)));
        feed.seed(FakeFeed.order("ord-0905", OrderCategory.WALK_IN, OrderStatus.CANCELLED, "VALID-9", 2, now.minusSeconds(90)));
        feed.seed(FakeFeed.order("ord-0906", OrderCategory.WALK_IN, OrderStatus.USED, "EPASS-3", 1, now.minusSeconds(12)));
    }

    public DeskServices services(DeskSettings settings, boolean firstRun) {
        return services(settings, firstRun, true);
    }

    /** @param sandbox whether the console believes it runs on the embedded sandbox */
    public DeskServices services(DeskSettings settings, boolean firstRun, boolean sandbox) {
        return new DeskServices(desk, feed, store, settings, pins, scanInput,
                new FakeShiftReport(List.of(new OperatorTotals("anna.k", "Anna Kowalska", 42, 17, 1, 3, 0),
                        new OperatorTotals("sup.lee", "Lee Supervisor", 8, 2, 2, 0, 1))),
                id -> id.startsWith("ord-1") ? Optional.of(Instant.now().plus(Duration.ofMinutes(14))) : Optional.empty(),
                this::demos, VerdictSounds.silent(), background, Clock.systemDefaultZone(), sandbox, firstRun, () -> { });
    }

    public DeskServices services() {
        return services(DeskSettings.defaults(), false);
    }

    private List<DemoPass> demos() {
        try {
            return List.of(
                    new DemoPass("Walk-in e-pass", "EPASS-3", "3 visits left, 2 guests allowed.", code("EPASS-3", BarcodeFormat.QR_CODE)),
                    new DemoPass("Travel package", "PKG-3", "Lounge, fast track and spa: choose at the desk.", code("PKG-3", BarcodeFormat.PDF_417)),
                    new DemoPass("Spent pass", "USED-1", "Used this morning: shows ALREADY USED.", code("USED-1", BarcodeFormat.AZTEC)));
        } catch (IOException | WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path code(String text, BarcodeFormat format) throws IOException, WriterException {
        Path file = dir.resolve("demo-" + text + ".png");
        if (!Files.exists(file)) {
            int w = format == BarcodeFormat.PDF_417 ? 360 : 240;
            int h = format == BarcodeFormat.PDF_417 ? 140 : 240;
            MatrixToImageWriter.writeToPath(new MultiFormatWriter().encode(text, format, w, h), "png", file);
        }
        return file;
    }

    public void close() {
        background.shutdownNow();
    }
}
