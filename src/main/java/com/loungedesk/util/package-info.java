/**
 * Small helpers every part may use, written once: hashing, daemon threads, the loopback test. Uses no other part of
 * the app.
 */
package com.loungedesk.util;
