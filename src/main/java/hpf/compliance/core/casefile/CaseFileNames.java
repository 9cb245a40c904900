package hpf.compliance.core.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** File and folder names inside a case file ZIP, and the 卷内目录's date column. */
public final class CaseFileNames {
    private CaseFileNames() {}

    /** The index's entry name: sorts before every document of the folder. */
    public static final String INDEX_NAME = "00-卷内目录.pdf";

    private static final int MAX_PART = 60;

    /** A name part without characters that Windows, macOS or ZIP tools refuse, trimmed to a readable length. */
    public static String clean(String s) {
        if (s == null) return "";
        String out = s.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", "").strip();
        while (out.startsWith(".")) out = out.substring(1);
        return out.length() > MAX_PART ? out.substring(0, MAX_PART) : out;
    }

    /** {@code 03-行政指导意见书-阳住金指〔2026〕YQ01-0007号.pdf}: the index number first, so names sort in file order. */
    public static String documentName(int seq, CaseFileDocument d) {
        StringBuilder sb = new StringBuilder(String.format("%02d-", seq)).append(clean(d.title()));
        String number = clean(d.documentNumber());
        if (!number.isEmpty()) sb.append('-').append(number);
        return sb.append('.').append(d.extension()).toString();
    }

    /** A target's folder: {@code 140301000022-阳泉市宏达锦程食品有限责任公司}, the account number making it unique. */
    public static String folderName(String unitAccountNo, String unitName, String targetId) {
        String account = clean(unitAccountNo);
        String name = clean(unitName);
        String head = account.isEmpty() ? clean(targetId) : account;
        return name.isEmpty() ? head : head + "-" + name;
    }

    /** The date as archives write it in a 卷内目录: eight digits, 20260408. */
    public static String indexDate(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** The extension of an uploaded file's name, lower case, or {@code bin}. */
    public static String extensionOf(String fileName) {
        if (fileName == null) return "bin";
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1);
        return ext.matches("[A-Za-z0-9]{1,8}") ? ext.toLowerCase(java.util.Locale.ROOT) : "bin";
    }
}
