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
