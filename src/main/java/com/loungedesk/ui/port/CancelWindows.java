package com.loungedesk.ui.port;

import java.time.Instant;
import java.util.Optional;

/**
 * Until when the provider lets a usage be cancelled (the order JSON's {@code cancellableUntil}),
 * which the shared {@code UsageOrder} does not carry. Empty when the provider sets no window.
 */
public interface CancelWindows {

    Optional<Instant> cancellableUntil(String orderId);

    static CancelWindows none() {
        return orderId -> Optional.empty();
    }
}
