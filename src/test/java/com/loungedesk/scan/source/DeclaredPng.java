package com.loungedesk.scan.source;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.io.ByteArrayOutputStream;

/**
 * Writes a valid PNG of any declared size whose pixels are all black: tiny on disk (the rows compress to
 * almost nothing) however many pixels it declares, like the image bombs a hostile sender would use.
 */
public final class DeclaredPng {

    private DeclaredPng() {
    }

    /** An 8-bit RGB PNG of {@code width} × {@code height} black pixels. */
    public static Path write(Path file, int width, int height) throws IOException {
        return write(file, width, height, true);
    }

    /** A PNG of black pixels, 8-bit RGB or (smaller and quicker to write) 1-bit grey. */
    public static Path write(Path file, int width, int height, boolean rgb) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat)) {
            byte[] row = new byte[1 + (rgb ? width * 3 : (width + 7) / 8)]; // filter byte 0, then black pixels
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(rgb ? 8 : 1);  // bit depth
        h.writeByte(rgb ? 2 : 0);  // colour type RGB or grey
        h.writeByte(0);
        h.writeByte(0);
        h.writeByte(0);
        try (OutputStream out = Files.newOutputStream(file); DataOutputStream png = new DataOutputStream(out)) {
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", idat.toByteArray());
            chunk(png, "IEND", new byte[0]);
        }
        return file;
    }

    private static void chunk(DataOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeInt(data.length);
        png.write(name);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeInt((int) crc.getValue());
    }
}
