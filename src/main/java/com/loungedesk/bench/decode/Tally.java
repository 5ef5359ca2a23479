package com.loungedesk.bench.decode;

import com.loungedesk.bench.Stats;
import com.loungedesk.scan.decode.DecodedCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Collects one decoder's outcomes and times over a corpus. */
final class Tally {
    private final String decoder;
    private final List<Double> times = new ArrayList<>();
    private final List<Double> emptyTimes = new ArrayList<>();
    private final List<Double> cpuTimes = new ArrayList<>();
    private final List<Double> cpuEmptyTimes = new ArrayList<>();
    private final Map<String, Integer> decodedByFormat = new TreeMap<>();
    private final Map<String, Integer> decodedByKind = new TreeMap<>();
    private int coded;
    private int decoded;
    private int misreads;

    Tally(String decoder) {
        this.decoder = decoder;
    }

    void frameTime(Scene scene, double ms, double cpuMs) {
        times.add(ms);
        cpuTimes.add(cpuMs);
        if (scene.isEmpty()) {
            emptyTimes.add(ms);
            cpuEmptyTimes.add(cpuMs);
        }
    }

    /** Counts the scene's outcome: read right, misread, or missed. */
    void outcome(Scene scene, Optional<DecodedCode> result) {
        if (!scene.isEmpty()) {
            coded++;
        }
        if (result.isEmpty()) {
            return;
        }
        if (!scene.isEmpty() && scene.payload().equals(result.get().text())) {
            decoded++;
            decodedByFormat.merge(scene.format().name(), 1, Integer::sum);
            decodedByKind.merge(scene.kind(), 1, Integer::sum);
        } else {
            misreads++;
        }
    }

    int decodedOf(String format) {
        return decodedByFormat.getOrDefault(format, 0);
    }

    int decodedOfKind(String kind) {
        return decodedByKind.getOrDefault(kind, 0);
    }

    SideFigures figures() {
        return new SideFigures(decoder, coded, decoded, misreads, Stats.of(times), Stats.of(emptyTimes),
                Stats.of(cpuTimes), Stats.of(cpuEmptyTimes));
    }
}
