package com.loungedesk.scan.classify;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tells what a scanned or typed payload is: boarding pass, DragonPass id, pass URL, OCTO reference, or unknown. */
public final class PayloadClassifier {
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
    private static final Pattern GROUPED_DIGITS = Pattern.compile("[0-9][0-9 -]{14,22}[0-9]");
    private static final List<String> REFERENCE_PARAMETERS = List.of("reference", "ref", "redemptioncode", "code",
            "barcode", "pass", "passid", "booking");

    public ScanPayload classify(String payload) {
        String text = payload.replaceAll("^[\\r\\n]+|[\\r\\n]+$", "");
        if (BcbpParser.looksLikeBcbp(text)) {
            return BcbpParser.parse(text);
        }
        String trimmed = text.strip();
        String digits = GROUPED_DIGITS.matcher(trimmed).matches() ? trimmed.replaceAll("[ -]", "") : trimmed;
        if (digits.length() == 16 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new DragonPassId(digits);
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return fromUrl(trimmed, payload);
        }
        if (REFERENCE.matcher(trimmed).matches()) {
            return new OctoReference(trimmed);
        }
        return new UnknownPayload(payload);
    }

    private ScanPayload fromUrl(String url, String payload) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new UnknownPayload(payload);
        }
        String query = uri.getRawQuery();
        if (query != null) {
            for (String wanted : REFERENCE_PARAMETERS) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && decode(pair.substring(0, eq)).toLowerCase(Locale.ROOT).equals(wanted)) {
                        String value = decode(pair.substring(eq + 1)).strip();
                        if (REFERENCE.matcher(value).matches()) {
                            return new WrappedReference(value, url);
                        }
                    }
                }
            }
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = decode(segments[i]).strip();
            if (!segment.isEmpty()) {
                // a path reference must hold a digit, so /about or /help are not taken for one
                return REFERENCE.matcher(segment).matches() && segment.chars().anyMatch(Character::isDigit)
                        ? new WrappedReference(segment, url) : new UnknownPayload(payload);
            }
        }
        return new UnknownPayload(payload);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return s;
        }
    }
}
