package com.loungedesk.scan.decode;

/** Receives each new (debounced) code on the decoding thread: return quickly. */
@FunctionalInterface
public interface ScanListener {
    void onScan(DecodedCode code);
}
