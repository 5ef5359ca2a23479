package com.loungedesk.bench.ui;

import com.loungedesk.bench.StartScenario;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start benchmark's floor: a bare JavaFX window with one label, started from the same jar and JVM
 * as the console, printing the same ready line at the same moment (the second pulse after it is shown,
 * when the first frame is painted). It stays open until the process is ended.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("LoungeDesk bench: bare window");
            stage.setScene(new Scene(new Label("LoungeDesk"), 1024, 700));
            stage.show();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        System.out.println(StartScenario.READY + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                    }
                }
            }.start();
        });
    }
}
