package com.loungedesk.ui;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.orders.FeedState;
import com.loungedesk.orders.OrderCategory;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.ui.port.BoardingPass;
import com.loungedesk.ui.shell.DeskConsole;
import com.loungedesk.ui.shell.DeskSession;
import com.loungedesk.ui.shell.Page;
import com.loungedesk.ui.testkit.ConsoleFixture;
import com.loungedesk.ui.testkit.FakeFeed;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Screenshot harness (test scope): opens the console on fakes under a real display (Xvfb) and saves a PNG
 * of each screen. Run: {@code xvfb-run -s "-screen 0 1400x900x24" mvn -o -q exec:java
 * -Dexec.mainClass=com.loungedesk.ui.Screenshots -Dexec.classpathScope=test -Dexec.args=assets/screenshots}
 */
public final class Screenshots {

    private final Path out;
    private DeskConsole console;

    private Screenshots(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        Path tmp = Files.createTempDirectory("ld-shots");
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        new Screenshots(out).run(tmp, "light", "en", "");
        new Screenshots(out).run(Files.createTempDirectory("ld-shots-dark"), "dark", "en", "dark-");
        new Screenshots(out).run(Files.createTempDirectory("ld-shots-zh"), "light", "zh-CN", "zh-");
        Platform.exit();
        System.exit(0);
    }

    private void run(Path tmp, String theme, String language, String prefix) throws Exception {
        currentPrefix = prefix;
        ConsoleFixture fx = new ConsoleFixture(tmp, !prefix.isEmpty());
        DeskSettings s = DeskSettings.defaults();
        DeskSettings settings = new DeskSettings("", List.of("sbx_live_4f9a2c", "sbx_other_77d1"), "T3-desk-2",
                s.mode(), "", true, 6, language, theme, false, s.push(), s.backendType(), s.octo());
        on(() -> {
            Stage stage = new Stage();
            console = new DeskConsole(fx.services(settings, prefix.isEmpty()));
            console.start(stage);
            stage.setWidth(1280);
            stage.setHeight(800);
            return null;
        });
        if (prefix.isEmpty()) {
            on(() -> {
                ((TextField) console.scene().lookup("#idField")).setText("anna.k");
                ((TextField) console.scene().lookup("#nameField")).setText("Anna Kowalska");
                return null;
            });
            shot("01-sign-in");
            on(() -> {
                ((ToggleButton) console.scene().lookup("#supervisorToggle")).setSelected(true);
                ((PasswordField) console.scene().lookup("#pinField")).setText("1234");
                return null;
            });
            shot("01b-sign-in-supervisor");
            on(() -> {
                ((ToggleButton) console.scene().lookup("#staffToggle")).setSelected(true);
                console.scene().lookup("#signInButton").getClass();
                ((javafx.scene.control.Button) console.scene().lookup("#signInButton")).fire();
                return null;
            });
            pause(1200);
            shot("02-welcome");
        } else {
            on(() -> {
                ((TextField) console.scene().lookup("#idField")).setText("anna.k");
                ((TextField) console.scene().lookup("#nameField")).setText("Anna Kowalska");
                ((javafx.scene.control.Button) console.scene().lookup("#signInButton")).fire();
                return null;
            });
            pause(600);
            Path code = fx.services(settings, false).demoPasses().list().get(0).image();
            BufferedImage frame = ImageIO.read(code.toFile());
            on(() -> {
                session().frame(SwingFXUtils.toFXImage(camera(frame), null));
                return null;
            });
        }
        on(() -> {
            session().shell().go(Page.SCAN);
            return null;
        });
        shot("03-scan-ready");
        type("VALID-1");
        shot("04-verdict-valid");
        if (!prefix.isEmpty()) {
            type("PKG-3");
            shot("08-picker-package");
            close(fx, tmp, prefix);
            return;
        }
        type("USED-1");
        shot("05-verdict-already-used");
        type("NOPE-4711");
        shot("06-verdict-unknown");
        type("EXPIRED-1");
        shot("07-verdict-not-redeemable");
        on(() -> {
            session().boardingPass(new BoardingPass("CHEN/MEILIN MS", "CA 1832", "PEK", "SHA",
                    LocalDate.now().minusDays(1), "12A"));
            return null;
        });
        type("PKG-3");
        on(() -> {
            session().scan().pickerProperty().get().moveDown();
            return null;
        });
        shot("08-picker-package");
        on(() -> {
            session().scan().pickerProperty().get().close();
            return null;
        });
        type("EPASS-3");
        on(() -> {
            session().scan().pickerProperty().get().moreGuests();
            session().scan().pickerProperty().get().moreGuests();
            session().scan().pickerProperty().get().moreGuests();
            return null;
        });
        shot("09-guests");
        on(() -> {
            session().scan().pickerProperty().get().confirm();
            return null;
        });
        pause(500);
        fx.desk.offline = true;
        fx.feed.health(FeedState.OFFLINE, 1);
        type("VALID-1");
        shot("10-verdict-queued");
        fx.desk.offline = false;
        fx.feed.health(FeedState.ONLINE, 0);
        on(() -> {
            session().shell().go(Page.ORDERS);
            return null;
        });
        pause(400);
        fx.feed.change(FakeFeed.order("ord-0902", OrderCategory.PREBOOKING, OrderStatus.CONFIRMED, "PB-5521", 2, Instant.now()));
        pause(400);
        shot("11-orders-live");
        on(() -> {
            session().openCancel("ord-1001", "VALID-1");
            return null;
        });
        pause(300);
        on(() -> {
            ((javafx.scene.control.RadioButton) console.scene().lookup(".cancel-sheet .radio-button")).setSelected(true);
            ((TextField) console.scene().lookup("#supervisorField")).setText(ConsoleFixture.SUPERVISOR);
            ((PasswordField) console.scene().lookup("#pinField")).setText("1111");
            ((javafx.scene.control.Button) console.scene().lookup("#confirmButton")).fire();
            return null;
        });
        pause(800);
        shot("12-cancel-supervisor");
        on(() -> {
            ((javafx.scene.control.Button) console.scene().lookup("#backButton")).fire();
            session().shell().go(Page.SETTINGS);
            return null;
        });
        shot("13-settings");
        on(() -> {
            session().shell().go(Page.SUMMARY);
            return null;
        });
        shot("14-shift-summary");
        close(fx, tmp, prefix);
    }

    private void close(ConsoleFixture fx, Path tmp, String prefix) throws Exception {
        on(() -> {
            ((Stage) console.scene().getWindow()).close();
            return null;
        });
        fx.close();
    }

    private static BufferedImage camera(BufferedImage code) {
        BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(70, 62, 55), 640, 480, new java.awt.Color(150, 140, 128)));
        g.fillRect(0, 0, 640, 480);
        g.setColor(java.awt.Color.WHITE);
        g.fillRoundRect(180, 100, 280, 280, 16, 16);
        g.drawImage(code, 200, 120, 240, 240, null);
        g.dispose();
        return img;
    }

    private DeskSession session() {
        return console.session();
    }

    private void type(String reference) throws Exception {
        on(() -> {
            session().scan().inputProperty().set(reference);
            session().scan().submitInput("typed");
            return null;
        });
        pause(700);
    }

    private void shot(String name) throws Exception {
        pause(500);
        Path file = out.resolve(prefixName(name));
        BufferedImage img = on(() -> SwingFXUtils.fromFXImage(console.scene().snapshot(null), null));
        ImageIO.write(img, "png", file.toFile());
        System.out.println("saved " + file);
    }

    private String currentPrefix = "";

    private String prefixName(String name) {
        return currentPrefix + name + ".png";
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }

    private static <T> T on(Supplier<T> action) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(action.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(20, TimeUnit.SECONDS);
    }
}
