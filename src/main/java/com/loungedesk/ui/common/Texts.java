package com.loungedesk.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's words in the chosen language (English or Simplified Chinese); keys missing from a
 * translation fall back to English, never to the machine's default locale.
 */
public final class Texts {

    public static final String BUNDLE = "com.loungedesk.ui.i18n.messages";
    private static final Logger LOG = LoggerFactory.getLogger(Texts.class);
    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** @param language "en" or "zh-CN"; anything else gives English */
    public static Texts forLanguage(String language) {
        Locale locale = "zh-CN".equalsIgnoreCase(language) || "zh".equalsIgnoreCase(language)
                ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(b, locale == Locale.ROOT ? Locale.UK : locale);
    }

    public static Texts english() {
        return forLanguage("en");
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The desk's locale for dates and numbers (English desks write dates the British way: 20 Nov 2026). */
    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} when this language (or English) has one, else empty; never logs. */
    public java.util.Optional<String> find(String key, Object... args) {
        return bundle.containsKey(key) ? java.util.Optional.of(get(key, args)) : java.util.Optional.empty();
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing text '{}'", key);
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
