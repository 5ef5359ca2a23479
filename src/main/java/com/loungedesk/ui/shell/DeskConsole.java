package com.loungedesk.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.staff.Operator;
import com.loungedesk.ui.common.FxTaskRunner;
import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.port.BoardingPass;
import com.loungedesk.ui.port.ScanInput;
import com.loungedesk.ui.port.VerdictSounds;
import com.loungedesk.ui.scan.ToneSounds;
import com.loungedesk.ui.signin.SignInView;
import com.loungedesk.ui.signin.SignInViewModel;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk console window ("LoungeDesk"): sign-in, then one {@link DeskSession} per operator.
 * Build it with a {@link DeskStart} (the window opens at once and signs staff in while the services
 * connect behind it) or with ready {@link DeskServices}, and call {@link #start(Stage)} on the FX thread.
 */
public final class DeskConsole {

    public static final String TITLE = "LoungeDesk";
    private static final Logger LOG = LoggerFactory.getLogger(DeskConsole.class);

    private final DeskStart start;
    private final TaskRunner runner;
    private final VerdictSounds sounds;
    private final PreviewFrames previews = new PreviewFrames(frame -> {
        if (this.session != null) {
            this.session.frame(frame);
        }
    });
    private volatile DeskSettings settings;
    private Stage stage;
    private Scene scene;
    private DeskSession session;
    private SignInViewModel signIn;
    private DeskServices services; // null until connected
    private String connectProblem = "";
    private Operator waitingOperator;
    private final java.util.List<Path> openedImages = new java.util.ArrayList<>();
    private boolean closed;
    /** The names operators signed in with at this console (for the shift summary; ids are what the journal keeps). */
    private final java.util.Map<String, String> signedInNames = new java.util.HashMap<>();

    public DeskConsole(DeskServices services) {
        this(DeskStart.ready(services));
    }

    public DeskConsole(DeskStart start) {
        this.start = start;
        this.settings = start.settings();
        this.runner = new FxTaskRunner(start.background());
        this.sounds = start.sounds() != null ? start.sounds() : new ToneSounds(() -> settings.sounds());
    }

    public void start(Stage window) {
        this.stage = window;
        scene = new Scene(new StackPane(), 1280, 800);
        scene.getStylesheets().add(DeskConsole.class.getResource("/com/loungedesk/ui/desk.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (session != null) {
                session.keyPressed(e, scene.getFocusOwner());
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (session != null) {
                session.keyTypedFirst(e, scene.getFocusOwner());
            }
        });
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (session != null) {
                session.keyTyped(e, scene.getFocusOwner());
            }
        });
        applyTheme();
        showSignIn();
        stage.setTitle(TITLE);
        stage.setMinWidth(1180);
        stage.setMinHeight(680);
        stage.setScene(scene);
        stage.setOnHidden(e -> close());
        stage.show();
        start.services().whenComplete((ready, error) -> Platform.runLater(() -> connected(ready, error)));
    }

    /** The services are connected (or could not be): start scanning, and open a session staff asked for. */
    private void connected(DeskServices ready, Throwable error) {
        if (closed) {
            return;
        }
        if (error != null) {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            LOG.error("The desk services could not be connected", cause);
            connectProblem = Texts.forLanguage(settings.language()).get("signin.connectFailed",
                    String.valueOf(cause.getMessage()).replaceAll("[.。]+$", ""));
            waitingOperator = null;
            if (signIn != null) {
                signIn.stopWaiting(connectProblem);
            }
            return;
        }
        services = ready;
        services.scanInput().start(new ScanListener());
        if (waitingOperator != null) {
            Operator operator = waitingOperator;
            waitingOperator = null;
            openSession(operator, null);
        }
    }

    private void applyTheme() {
        boolean dark = "dark".equals(settings.theme());
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getRoot().getStyleClass().remove("dark");
        if (dark) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }

    private void showSignIn() {
        endSession();
        Texts texts = Texts.forLanguage(settings.language());
        signIn = new SignInViewModel(start.supervisors(), runner, texts, op -> openSession(op, null));
        scene.setRoot(new SignInView(signIn, start.sandbox(), settings.deskId(), texts).root());
        applyTheme();
        if (!connectProblem.isEmpty()) {
            signIn.stopWaiting(connectProblem);
        }
    }

    private void openSession(Operator operator, Page page) {
        if (services == null) {
            Texts texts = Texts.forLanguage(settings.language());
            if (connectProblem.isEmpty()) {
                waitingOperator = operator;
                signIn.waitFor(texts.get("signin.connecting"));
            } else {
                signIn.stopWaiting(connectProblem);
            }
            return;
        }
        endSession();
        signIn = null;
        signedInNames.put(operator.id(), operator.name());
        Texts texts = Texts.forLanguage(settings.language());
        session = new DeskSession(services, operator, settings, texts, runner, sounds, this::settingsSaved,
                this::showSignIn, this::chooseCsv, id -> signedInNames.getOrDefault(id, ""));
        scene.setRoot(session.root());
        applyTheme();
        session.shell().go(page != null ? page : services.firstRun() ? Page.WELCOME : Page.SCAN);
        scanOpenedImages();
    }

    private void settingsSaved(DeskSettings saved) {
        boolean rebuild = !saved.language().equals(settings.language()) || !saved.deskId().equals(settings.deskId());
        settings = saved;
        applyTheme();
        if (rebuild && session != null) {
            openSession(session.shell().operator(), Page.SETTINGS);
        }
    }

    private Path chooseCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("shift-" + settings.deskId() + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(stage);
        return file == null ? null : file.toPath();
    }

    private void endSession() {
        if (session != null) {
            session.dispose();
            session = null;
        }
    }

    private void close() {
        closed = true;
        endSession();
        if (services != null) {
            services.scanInput().stop();
        }
        if (sounds instanceof ToneSounds tones) {
            tones.close();
        }
        start.onExit().run();
    }

    /**
     * Pass images staff opened with LoungeDesk: scanned at once when someone is signed in and the services
     * are connected, else kept (and said so on the sign-in screen) until then.
     */
    public void openImages(java.util.List<Path> images) {
        openedImages.addAll(images);
        scanOpenedImages();
    }

    private void scanOpenedImages() {
        if (openedImages.isEmpty()) {
            return;
        }
        if (session != null && services != null) {
            openedImages.forEach(services.scanInput()::open);
            openedImages.clear();
        } else if (signIn != null && signIn.errorProperty().get().isEmpty()) {
            signIn.errorProperty().set(Texts.forLanguage(settings.language()).get("signin.imagesWaiting",
                    openedImages.size()));
        }
    }

    /** Brings the window to the front (a second start handed this console files or wanted it shown). */
    public void bringToFront() {
        if (stage != null) {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }
    }

    /** The current operator's session, or null while signed out (for tests and wiring). */
    public DeskSession session() {
        return session;
    }

    public Scene scene() {
        return scene;
    }

    /** Scanner threads call in here; everything hops to the FX thread. */
    private final class ScanListener implements ScanInput.Listener {
        @Override
        public void decoded(String text, String source) {
            Platform.runLater(() -> {
                if (session != null) {
                    session.scanned(text, source);
                } else if (signIn != null) {
                    signIn.errorProperty().set(Texts.forLanguage(settings.language()).get("signin.scanFirst", text));
                }
            });
        }

        @Override
        public void frame(BufferedImage frame) {
            previews.offer(frame);
        }

        @Override
        public void boardingPass(BoardingPass pass) {
            Platform.runLater(() -> {
                if (session != null) {
                    session.boardingPass(pass);
                }
            });
        }

        @Override
        public void problem(String message) {
            LOG.warn("Scanner: {}", message);
            Platform.runLater(() -> {
                if (session != null) {
                    session.frame(null);
                    session.scan().notice(message);
                }
            });
        }
    }
}
