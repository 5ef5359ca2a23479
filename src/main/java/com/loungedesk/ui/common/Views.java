package com.loungedesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.css.PseudoClass;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;

/** Loads an FXML view with a given controller (no {@code fx:controller}) and the console's texts. */
public final class Views {

    private Views() {
    }

    public static Parent load(String resource, Object controller, Texts texts) {
        URL url = Views.class.getResource("/com/loungedesk/ui/" + resource);
        if (url == null) {
            throw new IllegalStateException("Missing view " + resource);
        }
        FXMLLoader loader = new FXMLLoader(url, texts.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load view " + resource, e);
        }
    }

    /** Switches one of a set of pseudo-classes on a node: {@code name} on, every other in {@code all} off. */
    public static void pseudo(Node node, String name, Iterable<String> all) {
        for (String n : all) {
            node.pseudoClassStateChanged(PseudoClass.getPseudoClass(n), n.equals(name));
        }
    }

    public static void pseudo(Node node, String name, boolean on) {
        node.pseudoClassStateChanged(PseudoClass.getPseudoClass(name), on);
    }
}
