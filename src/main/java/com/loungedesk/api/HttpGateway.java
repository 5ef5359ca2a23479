package com.loungedesk.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one OkHttpClient and ObjectMapper every client shares, and the one retry policy:
 * 429 and 503 are retried honouring Retry-After (bounded); a connection lost before an answer is
 * retried once only when that is safe (a GET, or a request carrying an Idempotency-Key). Nothing
 * else is retried. TLS is verified normally.
 */
public final class HttpGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpGateway.class);
    static final MediaType JSON = MediaType.get("application/json");
    private static final long MAX_BODY = 8L * 1024 * 1024;

    private final ApiConfig config;
    private final HttpUrl base;
    private final ObjectMapper json;
    private final OkHttpClient http;
    private final AnswerMapper mapper;
    private final AtomicLong requests = new AtomicLong();

    public HttpGateway(ApiConfig config, ObjectMapper json) throws ApiException {
        this.config = config;
        this.base = config.checkedBaseUrl();
        this.json = json;
        this.mapper = new AnswerMapper(json);
        this.http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .addInterceptor(chain -> chain.proceed(language(chain.request())))
                .build();
    }

    public ObjectMapper json() {
        return json;
    }

    /** Requests sent so far (every attempt counts), for figures and tests. */
    public long requestCount() {
        return requests.get();
    }

    /**
     * The URL of {@code path} under the base URL's own path: with a base of {@code https://h/octo/v1},
     * {@code redemption/lookup} is {@code https://h/octo/v1/redemption/lookup}. No call ever leaves it.
     */
    public HttpUrl.Builder url(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        HttpUrl.Builder b = base.newBuilder().query(null).fragment(null);
        return relative.isEmpty() ? b : b.addPathSegments(relative);
    }

    public RequestBody body(Object value) throws ApiException {
        try {
            return RequestBody.create(json.writeValueAsBytes(value), JSON);
        } catch (IOException e) {
            throw new ApiException(ApiException.Kind.CONFIG, "", 0, "The request could not be written.", e);
        }
    }

    public JavaType type(Class<?> c) {
        return json.constructType(c);
    }

    public JavaType listOf(Class<?> c) {
        return json.getTypeFactory().constructCollectionType(java.util.List.class, c);
    }

    /** Sends with the retry policy above and maps the answer of the given family to a value or an error. */
    public <T> T send(Request request, AnswerMapper.Family family, JavaType type) throws ApiException {
        boolean retrySafe = "GET".equals(request.method()) || request.header("Idempotency-Key") != null;
        int busyRetries = 0;
        int lostRetries = 0;
        while (true) {
            requests.incrementAndGet();
            int status;
            String body;
            try (Response response = http.newCall(request).execute()) {
                status = response.code();
                if ((status == 429 || status == 503) && busyRetries < config.maxBusyRetries()) {
                    Duration wait = retryAfter(response.header("Retry-After"));
                    if (wait.compareTo(config.maxRetryAfter()) <= 0) {
                        busyRetries++;
                        LOG.info("Backend busy (HTTP {}), retry {} in {} ms", status, busyRetries, wait.toMillis());
                        pause(wait);
                        continue;
                    }
                }
                body = read(response.body());
            } catch (IOException e) {
                if (retrySafe && lostRetries == 0 && !(e instanceof InterruptedIOException)) {
                    lostRetries++;
                    LOG.info("Connection lost on {} {}, retrying once with the same key", request.method(),
                            request.url().encodedPath());
                    continue;
                }
                LOG.warn("{} {} failed: {}", request.method(), request.url().encodedPath(), e.toString());
                throw AnswerMapper.transport(e, base.host() + ":" + base.port());
            }
            return mapper.answer(family, status, body, type);
        }
    }

    /** Every request says which language the desk shows (OCTO's Accept-Language request header). */
    private Request language(Request request) {
        String lang = config.acceptLanguage();
        return lang == null || lang.isBlank() || request.header("Accept-Language") != null ? request
                : request.newBuilder().header("Accept-Language", lang).build();
    }

    /** The base URL as configured (with its own path). */
    public HttpUrl base() {
        return base;
    }

    private static String read(ResponseBody body) throws IOException {
        if (body == null) {
            return "";
        }
        BufferedSource source = body.source();
        if (!source.request(MAX_BODY + 1)) {
            return source.getBuffer().readUtf8();
        }
        throw new IOException("answer larger than " + MAX_BODY + " bytes");
    }

    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Duration.ofSeconds(1);
        }
        String h = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(h)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return Duration.ofSeconds(1);
            }
        }
    }

    private static void pause(Duration wait) throws ApiException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.Kind.UNREACHABLE, "", 0, "The call was interrupted.", e);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
