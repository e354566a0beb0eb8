package org.ruralkg.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input file into text, strictly: UTF-8 first, then GB18030 (the superset of GBK/GB2312 that
 * older Chinese newspaper exports use). Nothing is replaced silently, so every offset refers to a real character.
 *
 * <p>A UTF-8 byte order mark is dropped before decoding; all offsets of an {@link Article} count characters (UTF-16
 * code units) of the decoded text <em>after</em> the mark. Files containing NUL bytes are taken to be binary.
 *
 * <pre>{@code
 * String text = TextDecoder.decode(Files.readAllBytes(path)).text();
 * }</pre>
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text and the charset that decoded it. */
    public record Decoded(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @throws DecodeException when the bytes are binary or neither UTF-8 nor GB18030; the message is one line
     */
    public static Decoded decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new DecodeException("binary file (contains NUL bytes)");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, in), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(strict(GB18030, ByteBuffer.wrap(bytes)), GB18030);
            } catch (CharacterCodingException notGb) {
                throw new DecodeException("neither UTF-8 nor GB18030");
            }
        }
    }

    private static String strict(Charset cs, ByteBuffer in) throws CharacterCodingException {
        CharBuffer out = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in);
        return out.toString();
    }

    /** The bytes cannot be read as text. */
    public static final class DecodeException extends org.ruralkg.RuralKgException {
        private static final long serialVersionUID = 1L;

        DecodeException(String message) {
            super(message);
        }
    }
}
