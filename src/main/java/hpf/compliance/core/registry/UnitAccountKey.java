package hpf.compliance.core.registry;

/**
 * What the matcher needs of a unit account: its number, its name and its codes. {@code uscc} is an 18-character code
 * or null; {@code organizationCode} is the 9-character 组织机构代码 without hyphen, or null (old accounts carry only
 * that one).
 */
public record UnitAccountKey(String accountNo, String name, String uscc, String organizationCode, long line) { }
