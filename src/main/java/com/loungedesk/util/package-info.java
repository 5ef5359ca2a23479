/**
 * Small helpers every part may use, written once: hashing and daemon threads. Uses no other part of
 * the app.
 */
package com.loungedesk.util;
