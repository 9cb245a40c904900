package hpf.compliance.core.screening;

/** The merge-join found an input out of account order; the caller can sort it (see ExternalSorter) and run again. */
public class UnsortedInputException extends RuntimeException {
    public enum Input { UNITS, REMITTANCES }

    private final Input input;

    public UnsortedInputException(Input input, String account, String previous, long line) {
        super((input == Input.UNITS ? "单位" : "缴存明细") + "文件未按单位账号排序：第" + line + "行的" + account
                + "排在" + previous + "之后", null, false, false);
        this.input = input;
    }

    public Input input() { return input; }
}
