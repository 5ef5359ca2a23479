package com.loungedesk.ui.shell;

import com.loungedesk.config.DeskSettings;
import com.loungedesk.orders.FeedState;
import com.loungedesk.ui.cancel.CancelView;
import com.loungedesk.ui.cancel.CancelViewModel;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.common.Views;
import com.loungedesk.ui.offline.OfflineAdmitView;
import com.loungedesk.ui.offline.OfflineAdmitViewModel;
import com.loungedesk.ui.orders.FollowUpsView;
import com.loungedesk.ui.orders.FollowUpsViewModel;
import com.loungedesk.ui.orders.OrdersView;
import com.loungedesk.ui.orders.OrdersViewModel;
import com.loungedesk.ui.port.BoardingPass;
import com.loungedesk.ui.port.VerdictSounds;
import com.loungedesk.ui.scan.ScanView;
import com.loungedesk.ui.scan.ScanViewModel;
import com.loungedesk.ui.scan.VerdictLook;
import com.loungedesk.ui.scan.VerdictViewModel;
import com.loungedesk.ui.settings.SettingsView;
import com.loungedesk.ui.settings.SettingsViewModel;
import com.loungedesk.ui.summary.SummaryView;
import com.loungedesk.ui.summary.SummaryViewModel;
import com.loungedesk.ui.welcome.WelcomeView;
import com.loungedesk.ui.welcome.WelcomeViewModel;
import com.loungedesk.staff.Operator;
import com.loungedesk.staff.SecurityEvent;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One signed-in operator's console: the top bar, the pages, the cancel sheet and the one-second ticker.
 * Controller of {@code ShellView.fxml}; it wires view models to views and forwards, nothing more.
 */
public final class DeskSession {

    private final DeskServices services;
    private final Texts texts;
    private final TaskRunner runner;
    private final ShellViewModel shell;
    private final VerdictViewModel verdict;
    private final ScanViewModel scan;
    private final OrdersViewModel orders;
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private final Timeline ticker;
    private final FollowUpsViewModel followUps;
    private int ticks;
    private final Parent root;
    private final Consumer<DeskSettings> settingsSaved;
    private final Runnable signOut;
    private final Supplier<Path> csvTarget;
    private final DeskSettings settings;
    private final java.util.function.Function<String, String> knownNames;
    private ScanView scanView;
    private Node overlay;
    private final KeyboardScans keyboard = new KeyboardScans(keyboardDesk());

    @FXML private Label sandboxBadge;
    @FXML private Label deskLabel;
    @FXML private HBox topBar;
    @FXML private HBox navBar;
    @FXML private Label waitingLabel;
    @FXML private Label connectionLabel;
    @FXML private FontIcon connectionIcon;
    @FXML private Label operatorLabel;
    @FXML private FontIcon operatorIcon;
    @FXML private javafx.scene.layout.BorderPane shellRoot;
    @FXML private StackPane stack;
    @FXML private StackPane pageHolder;

    public DeskSession(DeskServices services, Operator operator, DeskSettings settings, Texts texts, TaskRunner runner,
                       VerdictSounds sounds, Consumer<DeskSettings> settingsSaved, Runnable signOut,
                       Supplier<Path> csvTarget, java.util.function.Function<String, String> knownNames) {
        this.knownNames = knownNames;
        this.services = services;
        this.texts = texts;
        this.runner = runner;
        this.settings = settings;
        this.settingsSaved = settingsSaved;
        this.signOut = signOut;
        this.csvTarget = csvTarget;
        this.shell = new ShellViewModel(operator, settings.deskId(), services.sandbox(), texts);
        this.verdict = new VerdictViewModel(texts, services.clock().getZone());
        this.scan = new ScanViewModel(services.desk(), shell::context, runner, verdict, sounds,
                settings::verdictSeconds, texts, services.clock());
        this.orders = new OrdersViewModel(services.orders(), runner, services.clock(), texts,
                OrdersViewModel.PACE, OrdersViewModel.Later.shared());
        this.followUps = services.offline() == null ? null
                : new FollowUpsViewModel(services.offline(), runner, texts, services.clock().getZone());
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            verdict.tick();
            orders.tick();
            if (followUps != null && shell.pageProperty().get() == Page.ORDERS && ++ticks % 5 == 0) {
                followUps.refresh();
            }
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        this.root = Views.load("shell/ShellView.fxml", this, texts);
    }

    @FXML
    private void initialize() {
        sandboxBadge.visibleProperty().bind(shell.sandboxProperty());
        sandboxBadge.managedProperty().bind(shell.sandboxProperty());
        deskLabel.textProperty().bind(shell.deskTextProperty());
        operatorLabel.textProperty().bind(shell.operatorTextProperty());
        operatorIcon.setIconLiteral(shell.operator().isSupervisor() ? "mdmz-supervisor_account" : "mdmz-person");
        operatorLabel.setTooltip(new javafx.scene.control.Tooltip(shell.operator().id() + " · "
                + texts.get("role." + shell.operator().role().name())));
        waitingLabel.textProperty().bind(shell.waitingTextProperty());
        waitingLabel.visibleProperty().bind(shell.waitingTextProperty().isNotEmpty());
        scan.pending().countProperty().addListener((o, a, b) -> shell.waiting(b.intValue()));
        connectionLabel.textProperty().bind(orders.connectionProperty());
        javafx.scene.control.Tooltip sourcesTip = new javafx.scene.control.Tooltip();
        sourcesTip.textProperty().bind(orders.sourcesProperty());
        connectionLabel.setTooltip(sourcesTip);
        orders.healthProperty().addListener((o, a, b) -> shell.health(b));
        shell.feedStateProperty().addListener((o, a, b) -> showFeedState(b));
        showFeedState(FeedState.ONLINE);
        ToggleGroup group = new ToggleGroup();
        for (Page p : Page.values()) {
            ToggleButton b = new ToggleButton(p == Page.WELCOME ? null : texts.get(p.textKey()), new FontIcon(p.icon()));
            b.getStyleClass().add("nav-button");
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setOnAction(e -> shell.go(p));
            b.setTooltip(new javafx.scene.control.Tooltip(texts.get(p.textKey()) + " (" + p.key() + ")"));
            navButtons.put(p, b);
            navBar.getChildren().add(b);
        }
        topBar.getChildren().stream().filter(n -> n instanceof Region && !(n instanceof javafx.scene.layout.Pane))
                .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        navBar.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        shell.pageProperty().addListener((o, a, b) -> show(b));
        verdict.verdictProperty().addListener((o, a, b) -> colour());
        scanView = new ScanView(scan, texts, id -> openCancel(id, ""),
                services.offline() == null ? null : this::openOfflineAdmit);
        pages.put(Page.SCAN, scanView.root());
        show(Page.SCAN);
        orders.start();
        ticker.play();
    }

    private void show(Page p) {
        Node page = pages.computeIfAbsent(p, this::build);
        // the live pages (scan, orders) stay in the scene once built, hidden when not shown: taking the orders
        // page out and putting it back made JavaFX style its whole table again on every switch
        pageHolder.getChildren().removeIf(child -> child != page && !resident(child));
        if (page.getParent() != pageHolder) {
            pageHolder.getChildren().add(page);
        }
        for (Node child : pageHolder.getChildren()) {
            child.setVisible(child == page);
            child.setManaged(child == page);
        }
        navButtons.get(p).setSelected(true);
        if (p == Page.ORDERS && followUps != null) {
            followUps.refresh();
        }
        colour();
        if (p == Page.SCAN) {
            scanView.focusField();
        }
    }

    private boolean resident(Node page) {
        return page == pages.get(Page.SCAN) || page == pages.get(Page.ORDERS);
    }

    private Node build(Page p) {
        return switch (p) {
            case SCAN -> scanView.root();
            case ORDERS -> ordersPage();
            case SUMMARY -> {
                SummaryViewModel vm = new SummaryViewModel(services.shiftReport(), runner, texts, knownNames);
                vm.refresh();
                shell.pageProperty().addListener((o, a, b) -> {
                    if (b == Page.SUMMARY) {
                        vm.refresh();
                    }
                });
                yield new SummaryView(vm, texts, csvTarget).root();
            }
            case SETTINGS -> {
                SettingsViewModel vm = new SettingsViewModel(settings, shell.operator(), services.supervisors(),
                        services.settingsStore(), runner, texts, settingsSaved);
                vm.loadCameras(services.scanInput()::cameraNames); // the camera driver can take seconds: off the FX thread
                vm.validateOfferedProperty().set(services.desk().validateOffered());
                yield new SettingsView(vm, texts).root();
            }
            case WELCOME -> {
                WelcomeViewModel vm = new WelcomeViewModel(services.demoPasses(), services.scanInput(), runner, texts,
                        this::scanned, services.sandbox());
                vm.load();
                yield new WelcomeView(vm, texts, () -> shell.go(Page.SCAN), services.background()).root();
            }
        };
    }

    /** The orders table, and under it the offline admissions that need follow-up (when the desk has any). */
    private Node ordersPage() {
        Parent table = new OrdersView(orders, texts, o -> openCancel(o.orderId(), o.bookingReference())).root();
        if (followUps == null) {
            return table;
        }
        javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        followUps.refresh();
        return new javafx.scene.layout.VBox(table, new FollowUpsView(followUps, texts).root());
    }

    /** The whole window takes the verdict's colour while the scan home shows a verdict. */
    private void colour() {
        boolean scanning = shell.pageProperty().get() == Page.SCAN;
        Views.pseudo(shellRoot, VerdictLook.pseudoClass(scanning ? verdict.kind() : null), VerdictLook.allPseudoClasses());
    }

    private void showFeedState(FeedState state) {
        Views.pseudo(connectionLabel, "online", state == FeedState.ONLINE);
        Views.pseudo(connectionLabel, "retrying", state == FeedState.RETRYING);
        Views.pseudo(connectionLabel, "offline", state == FeedState.OFFLINE);
        connectionIcon.setIconLiteral(switch (state) {
            case ONLINE -> "mdmz-wifi";
            case RETRYING -> "mdmz-sync";
            case OFFLINE -> "mdmz-wifi_off";
        });
    }

    /** Opens the supervisor cancel sheet over the page; scans wait until it closes. */
    public void openCancel(String orderId, String reference) {
        if (overlay != null) {
            return;
        }
        CancelViewModel vm = new CancelViewModel(orderId, shell.operator(), services.desk(), shell::context,
                services.supervisors(), runner, texts);
        vm.loadWindow(services.cancelWindows(), services.clock());
        CancelView view = new CancelView(vm, reference, texts, this::closeOverlay);
        vm.onDone(v -> {
            closeOverlay();
            scan.notice(texts.get("cancel.done", orderId));
        });
        showOverlay(view.root());
    }

    /** Opens the supervisor's "Admit offline" sheet for a pass that could not be checked; scans wait meanwhile. */
    public void openOfflineAdmit(String reference) {
        if (overlay != null || services.offline() == null) {
            return;
        }
        OfflineAdmitViewModel vm = new OfflineAdmitViewModel(reference, shell.operator(), services.offline(),
                shell::context, services.supervisors(), runner, texts);
        vm.loadLimit();
        vm.onDone(v -> {
            closeOverlay();
            scan.admittedOffline(v, reference);
        });
        showOverlay(new OfflineAdmitView(vm, texts, this::closeOverlay).root());
    }

    private void showOverlay(Node sheet) {
        overlay = sheet;
        scan.dialogOpened();
        shell.overlayOpenProperty().set(true);
        stack.getChildren().add(overlay);
    }

    private void closeOverlay() {
        if (overlay == null) {
            return;
        }
        stack.getChildren().remove(overlay);
        overlay = null;
        shell.overlayOpenProperty().set(false);
        scan.dialogClosed();
        if (shell.pageProperty().get() == Page.SCAN) {
            scanView.focusField();
        }
    }

    /** A code from the camera, the image decoder or a scanner burst: to the scan home (it may wait). */
    public void scanned(String text, String source) {
        if (overlay == null) {
            shell.go(Page.SCAN);
        }
        scan.scan(text, source);
    }

    public void boardingPass(BoardingPass pass) {
        scan.boardingPassSeen(pass);
    }

    public void frame(Image image) {
        scanView.showFrame(image);
    }

    /** Scene-level keys: F1-F5 pages, F8 cancels the verdict's usage; printable keys typed outside any field go to the scan field. */
    public void keyPressed(KeyEvent e, Node focusOwner) {
        if (keyboard.pressed(e, focusOwner)) {
            return;
        }
        if (e.getCode() == javafx.scene.input.KeyCode.F8 && overlay == null
                && shell.pageProperty().get() == Page.SCAN && verdict.cancellableOrderId() != null) {
            e.consume();
            openCancel(verdict.cancellableOrderId(), "");
        } else if (e.getCode() == javafx.scene.input.KeyCode.F8 && overlay == null && services.offline() != null
                && shell.pageProperty().get() == Page.SCAN && verdict.offlineReference() != null) {
            e.consume();
            openOfflineAdmit(verdict.offlineReference());
        } else if (e.getCode().isFunctionKey() && shell.goByKey(e.getCode().getName()) != null) {
            e.consume();
        }
    }

    /** Scene filter: every typed key, first (times keys typed into other text fields). */
    public void keyTypedFirst(KeyEvent e, Node focusOwner) {
        keyboard.typedFirst(e, focusOwner);
    }

    /** Scene handler: a typed key no control took goes to the scan field, from whatever page shows. */
    public void keyTyped(KeyEvent e, Node focusOwner) {
        keyboard.typedLast(e, focusOwner);
    }

    private KeyboardScans.Desk keyboardDesk() {
        return new KeyboardScans.Desk() {
            @Override
            public boolean dialogOpen() {
                return overlay != null;
            }

            @Override
            public boolean isScanField(Node node) {
                return node == scanView.field();
            }

            @Override
            public void typeIntoScanField(String character) {
                if (shell.pageProperty().get() != Page.SCAN) {
                    shell.go(Page.SCAN);
                }
                scanView.field().appendText(character);
                scanView.focusField();
            }

            @Override
            public void scanned(String text, String source) {
                DeskSession.this.scanned(text, source);
            }
        };
    }

    /** Signs out at once; the sign-out is journaled behind it (refusing to sign out would be less safe). */
    @FXML
    private void signOut() {
        Operator op = shell.operator();
        runner.run("journal sign-out", () -> {
            services.supervisors().log().record(SecurityEvent.of(SecurityEvent.Kind.SIGN_OUT, op.id(),
                    op.role().name(), op.name()));
            return op;
        }, done -> { }, e -> { });
        signOut.run();
    }

    public void dispose() {
        ticker.stop();
        orders.stop();
    }

    public Parent root() { return root; }
    public ShellViewModel shell() { return shell; }
    public ScanViewModel scan() { return scan; }
    public OrdersViewModel orders() { return orders; }
}
