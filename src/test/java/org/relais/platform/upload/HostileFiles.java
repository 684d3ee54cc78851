package org.relais.platform.upload;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Small files for the upload tests, built in memory: the good ones of each accepted family that
 * {@code SampleFiles} does not already make, and the hostile ones.
 */
final class HostileFiles {
    private HostileFiles() {}

    static byte[] image(String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A RIFF header of the given form type (WAVE, WEBP) with one chunk of the given name. */
    static byte[] riff(String form, String chunk) {
        ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36).put(ascii(form)).put(ascii(chunk)).putInt(16);
        b.putShort((short) 1).putShort((short) 1).putInt(8000).putInt(8000);
        b.putShort((short) 1).putShort((short) 8).put(ascii("data")).putInt(0);
        return b.array();
    }

    /** An MP3 with an ID3v2 tag and one MPEG-1 layer III frame header. */
    static byte[] mp3() {
        byte[] file = new byte[10 + 417];
        System.arraycopy(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0}, 0, file, 0, 10);
        file[10] = (byte) 0xff;
        file[11] = (byte) 0xfb;
        file[12] = (byte) 0x90;
        return file;
    }

    /** The first page of an Ogg Vorbis stream. */
    static byte[] ogg() {
        ByteBuffer b = ByteBuffer.allocate(58).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("OggS")).put((byte) 0).put((byte) 2).putLong(0).putInt(1).putInt(0).putInt(0);
        b.put((byte) 1).put((byte) 30);
        b.put((byte) 1).put(ascii("vorbis")).putInt(0).put((byte) 1).putInt(8000);
        return b.array();
    }

    /** An ISO media file whose {@code ftyp} box names the brand (M4A, isom). */
    static byte[] isoMedia(String brand) {
        ByteBuffer b = ByteBuffer.allocate(32);
        b.putInt(32).put(ascii("ftyp")).put(ascii(brand)).putInt(0);
        b.put(ascii(brand)).put(ascii("mp41")).put(ascii("mp42")).put(ascii("isom"));
        return b.array();
    }

    /** An EBML header with the DocType "webm". */
    static byte[] webm() {
        return new byte[] {
            0x1a,
            0x45,
            (byte) 0xdf,
            (byte) 0xa3,
            (byte) 0x9f,
            0x42,
            (byte) 0x86,
            (byte) 0x81,
            1,
            0x42,
            (byte) 0xf7,
            (byte) 0x81,
            1,
            0x42,
            (byte) 0xf2,
            (byte) 0x81,
            4,
            0x42,
            (byte) 0xf3,
            (byte) 0x81,
            8,
            0x42,
            (byte) 0x82,
            (byte) 0x84,
            'w',
            'e',
            'b',
            'm',
            0x42,
            (byte) 0x87,
            (byte) 0x81,
            2,
            0x42,
            (byte) 0x85,
            (byte) 0x81,
            2
        };
    }

    /** The first bytes of a Linux program (ELF, 64 bits, executable). */
    static byte[] elf() {
        byte[] file = new byte[128];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, file, 0, 8);
        file[16] = 2;
        file[18] = 0x3e;
        file[20] = 1;
        return file;
    }

    /** The first bytes of a Windows program (MZ stub, PE header). */
    static byte[] windowsExecutable() {
        byte[] file = new byte[256];
        file[0] = 'M';
        file[1] = 'Z';
        file[0x3c] = (byte) 0x80;
        System.arraycopy(new byte[] {'P', 'E', 0, 0, 0x4c, 0x01}, 0, file, 0x80, 6);
        return file;
    }

    static byte[] html() {
        return utf8(
                "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Facture</title></head>"
                        + "<body><script>document.location='https://exemple.invalid'</script>"
                        + "</body></html>\n");
    }

    static byte[] svg() {
        return utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                        + "<script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>\n");
    }

    /** A ZIP whose single entry is a Unix symbolic link to {@code target}. */
    static byte[] symlinkZip(String name, String target) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setUnixMode(0120777);
            zip.putArchiveEntry(entry);
            zip.write(utf8(target));
            zip.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
