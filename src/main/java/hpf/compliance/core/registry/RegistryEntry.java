package hpf.compliance.core.registry;

import java.time.LocalDate;

/** One enterprise of the registry extract, as read; {@code line} is its line in the file. */
public record RegistryEntry(String uscc, String name, String legalRepresentative, LocalDate established,
                            RegistrationStatus status, String address, String industry, Integer employees, long line) {

    /** The GB 11714 organization code inside the USCC (characters 9 to 17). */
    public String organizationCode() {
        return uscc.substring(8, 17);
    }
}
