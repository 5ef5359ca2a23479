package com.loungedesk.api;

import java.time.Instant;
import java.util.List;

/**
 * Every order changed since a moment, all pages walked.
 *
 * @param orders     oldest change first
 * @param requests   how many HTTP requests it took
 * @param serverTime the backend's clock on the last page
 */
public record OrderChanges(List<OrderDto> orders, int requests, Instant serverTime) {
}
