package com.loungedesk.scan.wedge;

import java.util.HashMap;
import java.util.Map;

/**
 * Keyboard layouts a desk computer may use. A USB scanner types key positions for a US keyboard; on a
 * desk with another layout some characters come out as others. Each layout knows that mapping.
 */
public enum DeskLayout {
    US("US (matches the scanner)", "", ""),
    UK("UK", "@\"#\\|~", "\"@£#~¬"),
    FRENCH_AZERTY("French AZERTY",
            "aqzwAQZWmM;:,<.>/?1234567890!@#$%^&*()-_'\"]\\`",
            "qawzQAWZ,?mM;.:/!§&é\"'(-è_çà1234567890)°ù%$*²"),
    GERMAN_QWERTZ("German QWERTZ",
            "yzYZ-_;:'\"[{]}\\|/?<>@#^&*()~",
            "zyZYß?öÖäÄüÜ+*#'-_;:\"§&/()=°");

    private final String label;
    private final Map<Character, Character> usToDesk = new HashMap<>();
    private final Map<Character, Character> deskToUs = new HashMap<>();

    DeskLayout(String label, String us, String desk) {
        this.label = label;
        if (us.length() != desk.length()) {
            throw new IllegalStateException(name() + ": mapping lengths differ");
        }
        for (int i = 0; i < us.length(); i++) {
            usToDesk.put(us.charAt(i), desk.charAt(i));
            if (deskToUs.put(desk.charAt(i), us.charAt(i)) != null) {
                throw new IllegalStateException(name() + ": '" + desk.charAt(i) + "' is produced twice");
            }
        }
    }

    public String label() {
        return label;
    }

    /** What text typed by a US-layout scanner comes out as on a desk with this layout. */
    public String mangle(String usText) {
        return map(usText, usToDesk);
    }

    /** Undoes {@link #mangle}: the text the scanner meant. */
    public String repair(String deskText) {
        return map(deskText, deskToUs);
    }

    private static String map(String text, Map<Character, Character> table) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(table.getOrDefault(text.charAt(i), text.charAt(i)));
        }
        return out.toString();
    }
}
