package org.chronoscope.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-32 or UTF-16 with a BOM, else Windows-1252.
 * Bytes that are not valid in the encoding are never decoded in silence: a warning gives the offset of the first.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** True for bytes that are not text: a NUL byte, or many control characters, in the first 8 KiB. */
    static boolean looksBinary(byte[] bytes) {
        if (utf32(bytes) != null || hasUtf16Bom(bytes)) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    static DecodedText decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return decodeUtf8OrFallback(bytes, 3);
        }
        Charset utf32 = utf32(bytes);
        if (utf32 != null) {
            return strict(bytes, 4, utf32, "UTF-32");
        }
        if (hasUtf16Bom(bytes)) {
            Charset cs = (bytes[0] & 0xff) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return strict(bytes, 2, cs, "UTF-16");
        }
        return decodeUtf8OrFallback(bytes, 0);
    }

    /** UTF-32BE or UTF-32LE when the bytes start with its byte-order mark, else null. */
    private static Charset utf32(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        int b2 = b[2] & 0xff;
        int b3 = b[3] & 0xff;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        return b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 ? Charset.forName("UTF-32LE") : null;
    }

    /** The text in that encoding; bytes not valid in it are read as U+FFFD with a warning naming the first. */
    private static DecodedText strict(byte[] bytes, int offset, Charset cs, String name) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return new DecodedText(out.flip().toString(), null);
        }
        int bad = in.position();
        return new DecodedText(new String(bytes, offset, bytes.length - offset, cs), "not valid " + name
                + " (first bad byte at offset " + bad + "); each bad part replaced with U+FFFD");
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
                || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE));
    }

    private static DecodedText decodeUtf8OrFallback(byte[] bytes, int offset) {
        // the JDK's own decoding reads bad bytes as U+FFFD: without one, the bytes were valid UTF-8
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new DecodedText(fast, null);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return new DecodedText(utf8.decode(in).toString(), null);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
            return new DecodedText(text, "not valid UTF-8 (first bad byte at offset " + bad
                    + "); read as Windows-1252");
        }
    }

    private static int firstInvalidUtf8(byte[] bytes, int offset) {
        int i = offset;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            if (len == 0 || i + len > bytes.length) {
                return i;
            }
            for (int k = 1; k < len; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += len;
        }
        return i;
    }
}
