package hpf.compliance.core.imports;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EncodingsTest {
    @Test
    void bomMeansUtf8() {
        byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertEquals(StandardCharsets.UTF_8, Encodings.detect(b, 0, b.length));
    }

    @Test
    void validUtf8ChineseIsUtf8() {
        byte[] b = "单位名称,所属机构".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, Encodings.detect(b, 0, b.length));
    }

    @Test
    void utf8CutInsideACharacterAtTheBlockEndIsStillUtf8() {
        byte[] b = "单位名称".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, Encodings.detect(b, 0, b.length - 1));
    }

    @Test
    void gbkChineseIsGbk() {
        byte[] b = "单位名称,所属机构,正常,封存".getBytes(Charset.forName("GBK"));
        assertEquals(Encodings.GBK, Encodings.detect(b, 0, b.length));
    }

    @Test
    void aLongBlockIsJudgedWholeWhateverTheDecodingPieces() {
        // blocks far longer than the decoder's buffer, with characters of 2, 3 and 4 bytes at every offset: one bad
        // sequence anywhere (here near the end) makes GBK, and a block of valid UTF-8 stays UTF-8
        for (int shift = 0; shift < 4; shift++) {
            StringBuilder sb = new StringBuilder("x".repeat(shift));
            while (sb.length() < 40_000) sb.append("单位é𠀀,1234.50\n");
            byte[] ok = sb.toString().getBytes(StandardCharsets.UTF_8);
            assertEquals(StandardCharsets.UTF_8, Encodings.detect(ok, 0, ok.length), "shift " + shift);
            byte[] bad = Arrays.copyOf(ok, ok.length);
            bad[bad.length - 10] = (byte) 0xC3;
            bad[bad.length - 9] = (byte) 0x28;
            assertEquals(Encodings.GBK, Encodings.detect(bad, 0, bad.length), "shift " + shift);
        }
    }

    @Test
    void asciiIsUtf8() {
        byte[] b = "DWZH,DWMC".getBytes(StandardCharsets.US_ASCII);
        assertEquals(StandardCharsets.UTF_8, Encodings.detect(b, 0, b.length));
        assertEquals(StandardCharsets.UTF_8, Encodings.detect(new byte[0], 0, 0));
    }

    @Test
    void gbkFallbackDecodesEveryGbkText() {
        String s = "阳泉市住房公积金管理中心华阳集团分中心";
        byte[] b = s.getBytes(Charset.forName("GBK"));
        assertEquals(s, new String(Arrays.copyOf(b, b.length), Encodings.GBK));
    }
}
