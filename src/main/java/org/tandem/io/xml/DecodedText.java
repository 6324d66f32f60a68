package org.tandem.io.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.io.ImportException;

/**
 * A file's bytes decoded by its byte-order mark or XML declaration, remembering both so that the file can be
 * written back in the same encoding, byte for byte where nothing changed.
 *
 * @param text    the characters, without the byte-order mark
 * @param charset the encoding the bytes were in
 * @param bom     the byte-order mark as it was (empty when there was none)
 */
public record DecodedText(String text, Charset charset, byte[] bom) {

    private static final Pattern DECLARED = Pattern.compile(
            "^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** Decodes XML by BOM, then by the encoding its declaration names, else UTF-8; malformed bytes are an error. */
    public static DecodedText ofXml(String fileName, byte[] bytes) {
        Bom bom = Bom.of(bytes);
        Charset charset = bom.charset;
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
            String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
            Matcher m = DECLARED.matcher(head);
            if (m.find()) {
                charset = charsetNamed(fileName, m.group(1));
            } else if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == '<') {
                charset = StandardCharsets.UTF_16BE;
            } else if (bytes.length >= 4 && bytes[0] == '<' && bytes[1] == 0) {
                charset = StandardCharsets.UTF_16LE;
            }
        }
        return decode(fileName, bytes, bom, charset);
    }

    /**
     * Decodes plain text by BOM, else as UTF-16 when every other byte of its start is zero (text in Latin script
     * saved as UTF-16 without a BOM), else as UTF-8; malformed bytes are an error.
     */
    public static DecodedText ofPlainText(String fileName, byte[] bytes) {
        Bom bom = Bom.of(bytes);
        DecodedText decoded = decode(fileName, bytes, bom, bom.charset == null ? unmarked(bytes) : bom.charset);
        // No text holds U+0000 (XML forbids it, PostgreSQL cannot store it): a binary file or a wrong encoding.
        int nul = decoded.text().indexOf('\u0000');
        if (nul >= 0) {
            String before = decoded.text().substring(0, nul);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = nul - before.lastIndexOf('\n');
            throw new ImportException(fileName, "holds a NUL character (U+0000), which no text has: a "
                    + "binary file, or an encoding other than " + decoded.charset().name(), line, column, null);
        }
        return decoded;
    }

    private static Charset unmarked(byte[] bytes) {
        int n = Math.min(bytes.length, 200) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (n >= 4 && evenZeros * 10 >= n / 2 * 9 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 4 && oddZeros * 10 >= n / 2 * 9 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    /** The first characters of a file, decoded leniently by its BOM or UTF-16 shape, to tell what it is. */
    public static String sniff(byte[] bytes) {
        Bom bom = Bom.of(bytes);
        Charset charset = bom.charset != null ? bom.charset : unmarked(bytes);
        if (charset == StandardCharsets.UTF_8 && bytes.length >= 2 && bytes[0] == 0 && bytes[1] == '<') {
            charset = StandardCharsets.UTF_16BE;
        }
        int length = Math.min(bytes.length - bom.length, 400);
        return new String(bytes, bom.length, Math.max(0, length), charset);
    }

    private static DecodedText decode(String fileName, byte[] bytes, Bom bom, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bom.length, bytes.length - bom.length);
        try {
            CharBuffer chars = decoder.decode(in);
            return new DecodedText(chars.toString(), charset, Arrays.copyOf(bytes, bom.length));
        } catch (MalformedInputException e) {
            throw new ImportException(fileName, "the bytes are not valid " + charset.name()
                    + " (first bad byte near offset " + (bom.length + positionOf(bytes, bom.length, charset)) + ")");
        } catch (CharacterCodingException e) {
            throw new ImportException(fileName, "the bytes cannot be decoded as " + charset.name());
        }
    }

    private static int positionOf(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        decoder.decode(in, out, true);
        return in.position() - from;
    }

    private static Charset charsetNamed(String fileName, String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ImportException(fileName, "the XML declaration names an unknown encoding \"" + name + "\"");
        }
    }

    /** Encodes text in this file's encoding, with the original byte-order mark. */
    public byte[] encode(String newText) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer body = encoder.encode(CharBuffer.wrap(newText));
            byte[] out = new byte[bom.length + body.remaining()];
            System.arraycopy(bom, 0, out, 0, bom.length);
            body.get(out, bom.length, body.remaining());
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("text not encodable in " + charset + "; escape it first", e);
        }
    }

    /** Whether a code point can be written in this encoding as a character (else it needs a reference). */
    public boolean canEncode(int codePoint) {
        if (charset.name().startsWith("UTF")) {
            return true;
        }
        return charset.newEncoder().canEncode(new String(Character.toChars(codePoint)));
    }

    private enum Bom {
        UTF8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
        UTF16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
        UTF16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
        NONE(new byte[0], null);

        final byte[] bytes;
        final Charset charset;
        final int length;

        Bom(byte[] bytes, Charset charset) {
            this.bytes = bytes;
            this.charset = charset;
            this.length = bytes.length;
        }

        static Bom of(byte[] data) {
            for (Bom bom : values()) {
                if (bom != NONE && data.length >= bom.length
                        && Arrays.equals(Arrays.copyOf(data, bom.length), bom.bytes)) {
                    return bom;
                }
            }
            return NONE;
        }
    }
}
