package hpf.compliance.core.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a CSV or XLSX record source; the format is chosen by the file name's extension (.xlsx, else CSV). */
public final class Sources {
    private Sources() {}

    public static boolean isXlsx(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    public static RecordSource open(Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ImportException("找不到文件：" + file, e);
        } catch (IOException e) {
            throw new ImportException("无法读取文件：" + file + "（" + e.getMessage() + "）", e);
        }
        return open(in, file.getFileName().toString());
    }

    /** The stream is closed with the source. */
    public static RecordSource open(InputStream in, String fileName) {
        try {
            if (isXlsx(fileName)) return new XlsxRecordSource(new BufferedInputStream(in, 1 << 16));
            return new CsvTokenizer(in, null);
        } catch (IOException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new ImportException("无法读取文件：" + fileName + "（" + e.getMessage() + "）", e);
        }
    }
}
