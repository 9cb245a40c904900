package hpf.compliance.cli;

/** Command-line entry point; the subcommands are added with the screening engine. */
public final class HpfCli {
    private HpfCli() {}

    public static void main(String[] args) {
        System.err.println("usage: java -jar hpf-compliance.jar screen --units U.csv --remittances R.csv --cutoff yyyy-MM --assess yyyy-MM --detail D.csv");
        System.exit(2);
    }
}
