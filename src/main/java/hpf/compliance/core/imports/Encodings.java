package hpf.compliance.core.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the encoding of an exported CSV. Exports from the core system are UTF-8 (sometimes with a BOM) or, when
 * saved by Excel on a Chinese Windows, GBK. Valid GBK Chinese text is almost never valid UTF-8, so a strict UTF-8
 * decode of the first block decides. GB18030 is used for the fallback because it decodes every GBK byte sequence the
 * same way and also the four-byte sequences GBK lacks.
 */
public final class Encodings {
    private Encodings() {}

    public static final Charset GBK = Charset.forName("GB18030");

    public static boolean hasUtf8Bom(byte[] b, int off, int len) {
        return len >= 3 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB && (b[off + 2] & 0xFF) == 0xBF;
    }

    /** UTF-8 when the block decodes strictly (a multi-byte sequence cut at the block end is allowed), else GBK. */
    public static Charset detect(byte[] b, int off, int len) {
        if (hasUtf8Bom(b, off, len)) return StandardCharsets.UTF_8;
        boolean ascii = true;
        for (int i = off; i < off + len; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) return StandardCharsets.UTF_8;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        // decoded in pieces into one small buffer: the same verdict as decoding the block at once, without a char
        // array the size of the block
        CharBuffer out = CharBuffer.allocate(Math.min(len + 1, 8192));
        CoderResult r;
        while ((r = dec.decode(in, out, false)).isOverflow()) out.clear();
        if (r.isError()) return GBK;
        // an underflow leaves at most a truncated 3-byte tail undecoded; more means the block was not UTF-8
        return in.remaining() <= 3 ? StandardCharsets.UTF_8 : GBK;
    }
}
