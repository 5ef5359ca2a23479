package com.loungedesk.ui.shell;

/** The console's pages, each with its function key. */
public enum Page {
    WELCOME("nav.welcome", "mdal-help_outline", "F1"),
    SCAN("nav.scan", "mdmz-qr_code_scanner", "F2"),
    ORDERS("nav.orders", "mdal-list_alt", "F3"),
    SUMMARY("nav.summary", "mdal-assessment", "F4"),
    SETTINGS("nav.settings", "mdmz-settings", "F5");

    private final String textKey;
    private final String icon;
    private final String key;

    Page(String textKey, String icon, String key) {
        this.textKey = textKey;
        this.icon = icon;
        this.key = key;
    }

    public String textKey() { return textKey; }
    public String icon() { return icon; }
    public String key() { return key; }
}
