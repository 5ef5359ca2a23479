import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the LoungeDesk app icon as vectors at every size and writes PNG files, a Windows ICO and a
 * macOS ICNS (both holding PNG images). Run from the project root:
 * {@code java packaging/icons/IconGenerator.java assets/icons}
 *
 * The drawing: a rounded blue tile, a white pass (ticket with side notches) carrying a QR finder
 * mark and three text lines, and a green "redeemed" check badge in the lower right corner.
 */
public final class IconGenerator {

    private static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java IconGenerator.java <output folder>");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : PNG_SIZES) {
            png.put(size, encode(draw(size)));
            Files.write(out.resolve("loungedesk-" + size + ".png"), png.get(size));
        }
        Files.write(out.resolve("loungedesk.png"), png.get(256));
        Files.write(out.resolve("loungedesk.ico"), ico(png));
        Files.write(out.resolve("loungedesk.icns"), icns(png));
        System.out.println("icons written to " + out.toAbsolutePath());
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 100.0, size / 100.0);
        boolean tiny = size < 32;

        float inset = tiny ? 1f : 4f;
        g.setPaint(new GradientPaint(0, 0, new Color(0x2F7DD1), 0, 100, new Color(0x17406F)));
        g.fill(new RoundRectangle2D.Float(inset, inset, 100 - 2 * inset, 100 - 2 * inset, 22, 22));

        Area pass = new Area(new RoundRectangle2D.Float(14, 26, 72, 48, 8, 8));
        pass.subtract(new Area(new Ellipse2D.Float(8, 43, 12, 12)));
        pass.subtract(new Area(new Ellipse2D.Float(80, 43, 12, 12)));
        g.setColor(Color.WHITE);
        g.fill(pass);

        g.setColor(new Color(0x17406F));
        if (tiny) {
            g.fill(new RoundRectangle2D.Float(24, 35, 22, 22, 3, 3));
        } else {
            g.fill(new RoundRectangle2D.Float(24, 35, 22, 22, 3, 3));
            g.setColor(Color.WHITE);
            g.fill(new RoundRectangle2D.Float(28, 39, 14, 14, 2, 2));
            g.setColor(new Color(0x17406F));
            g.fill(new RoundRectangle2D.Float(31.5f, 42.5f, 7, 7, 1, 1));
            g.setColor(new Color(0x9FB3C8));
            g.fill(new RoundRectangle2D.Float(52, 37, 24, 4.5f, 4.5f, 4.5f));
            g.fill(new RoundRectangle2D.Float(52, 45, 18, 4.5f, 4.5f, 4.5f));
            g.fill(new RoundRectangle2D.Float(52, 53, 21, 4.5f, 4.5f, 4.5f));
        }

        float r = tiny ? 17 : 15;
        float cx = 74;
        float cy = 74;
        g.setColor(new Color(0x17406F));
        g.fill(new Ellipse2D.Float(cx - r - 3, cy - r - 3, 2 * r + 6, 2 * r + 6));
        g.setColor(new Color(0x2EB872));
        g.fill(new Ellipse2D.Float(cx - r, cy - r, 2 * r, 2 * r));
        Path2D check = new Path2D.Float();
        check.moveTo(cx - r * 0.45, cy + r * 0.02);
        check.lineTo(cx - r * 0.1, cy + r * 0.38);
        check.lineTo(cx + r * 0.48, cy - r * 0.32);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(tiny ? 6f : 4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(check);
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ICO with PNG-compressed entries (Windows Vista and later). */
    static byte[] ico(Map<Integer, byte[]> png) {
        int dataOffset = 6 + 16 * ICO_SIZES.length;
        int total = dataOffset;
        for (int size : ICO_SIZES) {
            total += png.get(size).length;
        }
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        int offset = dataOffset;
        for (int size : ICO_SIZES) {
            byte[] data = png.get(size);
            buf.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buf.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            buf.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : ICO_SIZES) {
            buf.put(png.get(size));
        }
        return buf.array();
    }

    /** ICNS with PNG entries, from 16 px to 1024 px (512@2x). */
    static byte[] icns(Map<Integer, byte[]> png) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        int total = 8;
        for (int size : types.values()) {
            total += 8 + png.get(size).length;
        }
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        buf.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        types.forEach((type, size) -> {
            byte[] data = png.get(size);
            buf.put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + data.length).put(data);
        });
        return buf.array();
    }
}
