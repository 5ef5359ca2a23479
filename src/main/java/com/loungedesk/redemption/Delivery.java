package com.loungedesk.redemption;

import com.loungedesk.api.LookupItem;
import java.util.List;

/**
 * How sending one outbox entry ended.
 *
 * @param status   DONE (confirmed), REFUSED (definite no; {@code errorCode} / {@code message} say why),
 *                 KEPT (not confirmed: stays in the outbox, sent again later with the same key),
 *                 IN_FLIGHT (another thread is sending it right now)
 * @param bookings the bookings the backend answered (redeem / validate)
 * @param orderId  the usage order created or cancelled
 * @param errorCode the backend's error code on a refusal, else empty
 * @param message  a sentence for people
 * @param backendDown true when KEPT because the backend could not be reached at all
 */
record Delivery(Status status, List<LookupItem> bookings, String orderId, String errorCode, String message,
                boolean backendDown) {

    enum Status { DONE, REFUSED, KEPT, IN_FLIGHT }

    Delivery {
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
        errorCode = errorCode == null ? "" : errorCode;
    }
}
