package com.loungedesk.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * How the clients reach the backend.
 *
 * @param baseUrl            backend base URL, e.g. {@code https://api.example.com} or {@code http://127.0.0.1:8080}
 * @param allowInsecureHttp  allow plain http:// to a host other than loopback
 * @param connectTimeout     TCP/TLS connect limit
 * @param readTimeout        limit between bytes of an answer
 * @param callTimeout        limit for a whole call, retries of one attempt included
 * @param maxBusyRetries     how often 429/503 are retried
 * @param maxRetryAfter      the longest Retry-After honoured; longer waits give up instead
 * @param acceptLanguage     the desk's language, sent as Accept-Language (e.g. {@code zh-CN, en;q=0.5}); empty = none
 */
public record ApiConfig(String baseUrl, boolean allowInsecureHttp, Duration connectTimeout, Duration readTimeout,
                        Duration callTimeout, int maxBusyRetries, Duration maxRetryAfter, String acceptLanguage) {

    public ApiConfig(String baseUrl, boolean allowInsecureHttp, Duration connectTimeout, Duration readTimeout,
                     Duration callTimeout, int maxBusyRetries, Duration maxRetryAfter) {
        this(baseUrl, allowInsecureHttp, connectTimeout, readTimeout, callTimeout, maxBusyRetries, maxRetryAfter, "");
    }

    public static ApiConfig of(String baseUrl, boolean allowInsecureHttp) {
        return new ApiConfig(baseUrl, allowInsecureHttp, Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofSeconds(30), 3, Duration.ofSeconds(10), "");
    }

    public ApiConfig withTimeouts(Duration connect, Duration read, Duration call) {
        return new ApiConfig(baseUrl, allowInsecureHttp, connect, read, call, maxBusyRetries, maxRetryAfter,
                acceptLanguage);
    }

    /** The same, sending Accept-Language for the desk's language tag ("en", "zh-CN"), English as fallback. */
    public ApiConfig withLanguage(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.strip();
        String header = tag.isEmpty() ? "" : tag.toLowerCase(Locale.ROOT).startsWith("en") ? tag : tag + ", en;q=0.5";
        return new ApiConfig(baseUrl, allowInsecureHttp, connectTimeout, readTimeout, callTimeout, maxBusyRetries,
                maxRetryAfter, header);
    }

    /** The parsed base URL; refuses malformed URLs and plain http to a non-loopback host unless allowed. */
    public HttpUrl checkedBaseUrl() throws ApiException {
        HttpUrl url = HttpUrl.parse(baseUrl == null ? "" : baseUrl.trim());
        if (url == null) {
            throw new ApiException(ApiException.Kind.CONFIG, "", 0,
                    "The backend address \"" + baseUrl + "\" is not a valid http(s) URL.");
        }
        if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
            throw new ApiException(ApiException.Kind.CONFIG, "", 0, "Plain http:// to " + url.host()
                    + " is refused: use https, or allow insecure http in the settings.");
        }
        return url;
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false; // a name: never resolved here, so DNS cannot make it "loopback"
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
