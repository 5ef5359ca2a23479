package com.loungedesk.sandbox;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.http.BadMessageException;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body of at most a given size, whatever its transfer encoding. A declared length over
 * the limit is refused before anything is read; a chunked body is refused the moment it passes the
 * limit, and the rest is never read (the connection is closed after the answer). A body that cannot be
 * read (malformed chunking, a client that sends too slowly or stops) is a bad request, not a server error.
 */
final class RequestBody {

    private static final String CLOSE_AFTER_ANSWER = RequestBody.class.getName() + ".close";

    private RequestBody() {
    }

    static byte[] read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw refused(ctx, tooLarge(limit));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, limit)));
        byte[] buffer = new byte[8192];
        try {
            InputStream in = ctx.req().getInputStream();
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (body.size() + n > limit) {
                    throw refused(ctx, tooLarge(limit));
                }
                body.write(buffer, 0, n);
            }
        } catch (IOException | BadMessageException e) {
            throw refused(ctx, unreadable(e));
        }
        return body.toByteArray();
    }

    private static ApiError tooLarge(long limit) {
        return new ApiError(ErrorKind.TOO_LARGE, "The request body is larger than " + limit / 1024 + " KB.");
    }

    private static ApiError unreadable(Exception e) {
        Throwable cause = e;
        while (!(cause instanceof BadMessageException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof BadMessageException bad && bad.getCode() == 408) {
            return ApiError.badRequest("The request body came too slowly (less than "
                    + SandboxServer.MIN_BODY_BYTES_PER_SECOND + " bytes a second).");
        }
        return ApiError.badRequest("The request body could not be read (malformed chunked encoding, or the"
                + " connection ended early).");
    }

    /** The answer is the last thing on this connection: what the client still sends is not read. */
    private static ApiError refused(Context ctx, ApiError error) {
        ctx.header("Connection", "close");
        ctx.req().setAttribute(CLOSE_AFTER_ANSWER, Boolean.TRUE);
        stopReading(Request.getBaseRequest(ctx.req()));
        return error;
    }

    /**
     * Ends this connection's input (reads see its end at once), so Jetty's tidy-up after the answer does
     * not drain what the client keeps sending.
     */
    private static void stopReading(Request request) {
        if (request != null && request.getHttpChannel().getEndPoint().getTransport() instanceof SocketChannel socket) {
            try {
                socket.shutdownInput();
            } catch (IOException e) {
                // already closed: nothing more will be read anyway
            }
        }
    }

    /**
     * Closes the connection once the refusal is sent (a bean on the connector). Left to itself, Jetty
     * would read and discard the rest of a refused body to its end: a gigabyte, or a slow trickle.
     */
    static final class CloseAfterRefusal implements HttpChannel.Listener {
        @Override
        public void onComplete(Request request) {
            if (request.getAttribute(CLOSE_AFTER_ANSWER) != null) {
                EndPoint endPoint = request.getHttpChannel().getEndPoint();
                endPoint.close();
            }
        }
    }
}
